package app.frontline.store;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import io.netty.channel.Channel;
import java.io.IOException;
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
            return super.handleCommand(channel, databaseName, command, query);
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
