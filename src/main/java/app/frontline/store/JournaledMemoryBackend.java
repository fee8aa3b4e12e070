package app.frontline.store;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import io.netty.channel.Channel;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * mongo-java-server's memory backend, made durable: every command that changes data is appended
 * to the journal (and forced to disk) before it runs, and so before the client hears it succeeded.
 * Writes are serialized so the journal's order is the order they were applied in; reads are not
 * affected.
 */
final class JournaledMemoryBackend extends MemoryBackend {

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
            "create", "drop", "dropdatabase", "createindexes", "dropindexes", "deleteindexes", "renamecollection",
            "collmod");

    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile @Nullable JournalFile journal;
    private volatile @Nullable BoundedOplog history;

    /**
     * Starts keeping the change history that change streams read. Called after the journal was
     * replayed: a restored record is not a change anyone has to follow (the history begins with
     * this run, so resume tokens of an earlier run are refused as lost).
     */
    void startOplog(Duration retention, int maxEntries) {
        BoundedOplog started = new BoundedOplog(this, getCursorRegistry(), getClock(), retention, maxEntries);
        this.history = started;
        this.oplog = started;
    }

    @Nullable BoundedOplog history() {
        return history;
    }

    void startJournaling(JournalFile journal) {
        this.journal = journal;
    }

    void stopJournaling() {
        this.journal = null;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        JournalFile target = journal;
        if (target == null || !changesData(command, query)) {
            return withResumeToken(command, query, super.handleCommand(channel, databaseName, command, query));
        }
        writeLock.lock();
        try {
            target.append(new Document("db", databaseName).append("cmd", command).append("q", query));
            return super.handleCommand(channel, databaseName, command, query);
        } catch (IOException e) {
            throw new MongoServerException("the store could not write its journal: " + e.getMessage());
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Adds {@code postBatchResumeToken} to a change stream's batch, as MongoDB 4.0.7+ does: the
     * driver then resumes from where the stream really was, even after batches without events
     * (without it, it resumes from "now" and would miss what was written during the outage).
     */
    private Document withResumeToken(String command, Document query, Document response) {
        BoundedOplog changes = history;
        if (changes == null) {
            return response;
        }
        if (command.equalsIgnoreCase("killCursors") && query.get("cursors") instanceof List<?> ids) {
            changes.forget(ids.stream().map(id -> ((Number) id).longValue()).toList());
        } else if ((command.equalsIgnoreCase("aggregate") || command.equalsIgnoreCase("getMore"))
                && response.get("cursor") instanceof Document cursor && cursor.get("id") instanceof Number id
                && id.longValue() != 0) {
            Document token = changes.postBatchResumeToken(id.longValue());
            if (token != null) {
                cursor.put("postBatchResumeToken", token);
            }
        }
        return response;
    }

    /** Applies a journaled command again; failures are the same ones the original run met. */
    boolean replay(Channel channel, Document entry) {
        try {
            super.handleCommand(channel, (String) entry.get("db"), (String) entry.get("cmd"), (Document) entry.get("q"));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    Set<String> databaseNames() {
        return listDatabaseNames();
    }

    private static boolean changesData(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (WRITE_COMMANDS.contains(name)) {
            return true;
        }
        // $out and $merge turn an aggregation into a write
        if (name.equals("aggregate") && query.get("pipeline") instanceof List<?> pipeline) {
            return pipeline.stream().anyMatch(stage -> stage instanceof Document d
                    && (d.containsKey("$out") || d.containsKey("$merge")));
        }
        return false;
    }
}
