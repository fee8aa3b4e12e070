package app.frontline.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store's files: a snapshot plus the journal of every change since, in generations.
 *
 * <p>{@code snapshot-N.bin} holds the state as of the start of generation N; {@code journal-N.bin}
 * and any later journals the changes after it. Opening replays the newest snapshot and the journals
 * from its generation on, then compacts: it writes the state as {@code snapshot-(M+1)} (to a temp
 * file, forced, then renamed) and starts an empty {@code journal-(M+1)}, deleting older files only
 * after that. A crash at any point leaves a set of files that replays to the acknowledged state.
 */
final class DurableStore implements AutoCloseable, StoreFiles {

    private static final Logger log = LoggerFactory.getLogger(DurableStore.class);
    private static final Pattern FILE = Pattern.compile("(snapshot|journal)-(\\d+)\\.bin");
    private static final Set<String> INTERNAL_DATABASES = Set.of("admin", "local", "config");
    private static final int SNAPSHOT_BATCH = 1000;

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final JournaledMemoryBackend backend;
    private final JournalFile journal;
    private final String positionAtOpen;
    private final List<java.util.function.Consumer<String>> closeHooks = new java.util.concurrent.CopyOnWriteArrayList<>();

    private DurableStore(Path dir, FileChannel lockChannel, FileLock lock, JournaledMemoryBackend backend,
            JournalFile journal, String positionAtOpen) {
        this.positionAtOpen = positionAtOpen;
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.backend = backend;
        this.journal = journal;
    }

    /** Locks the folder, restores its data and starts journaling. */
    static DurableStore open(Path dir, boolean fsync) {
        try {
            Files.createDirectories(dir);
            FileChannel lockChannel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                throw new IllegalStateException("The data folder " + dir.toAbsolutePath()
                        + " is in use by another running Frontline. Stop it first, send the data to its"
                        + " POST /api/import, or set frontline.store.data-dir to another folder.");
            }
            JournaledMemoryBackend backend = new JournaledMemoryBackend();
            String positionAtOpen = position(dir);
            long started = System.nanoTime();
            Restored restored = restore(dir, backend);
            long generation = restored.snapshot();
            if (restored.journalBytes() > 0 || generation == 0) {
                // compact: the state as a new snapshot, the journals it covers deleted
                generation = restored.newestGeneration() + 1;
                writeSnapshot(dir, backend, generation);
                deleteGenerationsBefore(dir, generation);
            }
            JournalFile journal = JournalFile.openForAppend(dir.resolve("journal-" + generation + ".bin"), fsync);
            backend.startJournaling(journal);
            log.info("Embedded store ready in {} ms (data folder {})", (System.nanoTime() - started) / 1_000_000,
                    dir.toAbsolutePath());
            return new DurableStore(dir, lockChannel, lock, backend, journal, positionAtOpen);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the data folder " + dir.toAbsolutePath(), e);
        }
    }

    MongoBackend backend() {
        return backend;
    }

    Path journalPath() {
        return journal.path();
    }

    @Override
    public void close() throws IOException {
        backend.stopJournaling();
        journal.close();
        String last = position(dir);
        closeHooks.forEach(hook -> hook.accept(last));
        lock.release();
        lockChannel.close();
    }

    @Override
    public Path dataDir() {
        return dir;
    }

    @Override
    public String positionAtOpen() {
        return positionAtOpen;
    }

    @Override
    public String position() {
        return position(dir);
    }

    @Override
    public void afterClose(java.util.function.Consumer<String> finalPosition) {
        closeHooks.add(finalPosition);
    }

    /** The snapshot and journal files with their sizes: any write, compaction or replacement changes it. */
    private static String position(Path dir) {
        try (var files = Files.list(dir)) {
            StringBuilder position = new StringBuilder();
            for (Path file : files.sorted().toList()) {
                if (FILE.matcher(file.getFileName().toString()).matches()) {
                    position.append(file.getFileName()).append(':').append(Files.size(file)).append(';');
                }
            }
            return position.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the data folder " + dir.toAbsolutePath(), e);
        }
    }

    private record Restored(long snapshot, long newestGeneration, long journalBytes) {
    }

    /** Replays the newest snapshot and the journals from its generation on. */
    private static Restored restore(Path dir, JournaledMemoryBackend backend) throws IOException {
        TreeSet<Long> snapshots = new TreeSet<>();
        TreeSet<Long> journals = new TreeSet<>();
        try (var files = Files.list(dir)) {
            for (Iterator<Path> it = files.iterator(); it.hasNext(); ) {
                Matcher m = FILE.matcher(it.next().getFileName().toString());
                if (m.matches()) {
                    (m.group(1).equals("snapshot") ? snapshots : journals).add(Long.parseLong(m.group(2)));
                }
            }
        }
        long base = snapshots.isEmpty() ? 0 : snapshots.last();
        EmbeddedChannel channel = new EmbeddedChannel();
        long[] counts = new long[2];
        if (base > 0) {
            replay(dir.resolve("snapshot-" + base + ".bin"), backend, channel, counts);
        }
        long journalBytes = 0;
        for (long generation : journals.tailSet(base)) {
            Path journal = dir.resolve("journal-" + generation + ".bin");
            journalBytes += Files.size(journal);
            replay(journal, backend, channel, counts);
        }
        backend.handleClose(channel);
        if (counts[0] > 0) {
            log.info("Restored the embedded store: {} commands replayed ({} failed as they did originally)",
                    counts[0], counts[1]);
        }
        return new Restored(base, Math.max(base, journals.isEmpty() ? 0 : journals.last()), journalBytes);
    }

    private static void replay(Path file, JournaledMemoryBackend backend, EmbeddedChannel channel, long[] counts)
            throws IOException {
        long dropped = JournalFile.read(file, entry -> {
            counts[0]++;
            if (!backend.replay(channel, entry)) {
                counts[1]++;
            }
        });
        if (dropped > 0) {
            log.warn("Dropped {} bytes of a write that was cut off (never acknowledged) at the end of {}", dropped,
                    file.getFileName());
        }
    }

    private static void writeSnapshot(Path dir, JournaledMemoryBackend backend, long generation) throws IOException {
        Path temp = dir.resolve("snapshot-" + generation + ".tmp");
        try (JournalFile out = JournalFile.openForAppend(temp, false)) {
            EmbeddedChannel channel = new EmbeddedChannel();
            for (String dbName : new TreeSet<>(backend.databaseNames())) {
                if (INTERNAL_DATABASES.contains(dbName)) {
                    continue;
                }
                MongoDatabase database = backend.resolveDatabase(dbName);
                for (Document info : firstBatch(backend.handleCommand(channel, dbName, "listCollections",
                        new Document("listCollections", 1)))) {
                    String name = (String) info.get("name");
                    if (!name.startsWith("system.")) {
                        writeCollection(out, backend, channel, database, name);
                    }
                }
            }
            backend.handleClose(channel);
        }
        try (FileChannel forced = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            forced.force(true);
        }
        Files.move(temp, dir.resolve("snapshot-" + generation + ".bin"), StandardCopyOption.ATOMIC_MOVE);
        forceDirectory(dir);
    }

    private static void writeCollection(JournalFile out, JournaledMemoryBackend backend, EmbeddedChannel channel,
            MongoDatabase database, String name) throws IOException {
        String db = database.getDatabaseName();
        out.append(command(db, "create", new Document("create", name)));
        List<Document> indexes = new ArrayList<>();
        for (Document index : firstBatch(backend.handleCommand(channel, db, "listIndexes",
                new Document("listIndexes", name)))) {
            if (!"_id_".equals(index.get("name"))) {
                Document spec = new Document(index);
                spec.remove("v");
                spec.remove("ns");
                indexes.add(spec);
            }
        }
        if (!indexes.isEmpty()) {
            out.append(command(db, "createIndexes", new Document("createIndexes", name).append("indexes", indexes)));
        }
        MongoCollection<?> collection = database.resolveCollection(name, false);
        if (collection == null) {
            return;
        }
        List<Document> batch = new ArrayList<>(SNAPSHOT_BATCH);
        for (Document document : collection.queryAll()) {
            batch.add(document);
            if (batch.size() == SNAPSHOT_BATCH) {
                out.append(command(db, "insert", new Document("insert", name).append("documents", batch)));
                batch = new ArrayList<>(SNAPSHOT_BATCH);
            }
        }
        if (!batch.isEmpty()) {
            out.append(command(db, "insert", new Document("insert", name).append("documents", batch)));
        }
    }

    private static Document command(String db, String name, Document query) {
        return new Document("db", db).append("cmd", name).append("q", query);
    }

    @SuppressWarnings("unchecked")
    private static List<Document> firstBatch(Document response) {
        return (List<Document>) ((Document) response.get("cursor")).get("firstBatch");
    }

    private static void deleteGenerationsBefore(Path dir, long generation) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Matcher m = FILE.matcher(file.getFileName().toString());
                if (m.matches() && Long.parseLong(m.group(2)) < generation) {
                    Files.delete(file);
                }
            }
        }
        forceDirectory(dir);
    }

    /** Makes a rename or delete in the folder itself durable (a no-op where unsupported). */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // some file systems cannot open a directory for sync; the rename is still atomic
        }
    }

}
