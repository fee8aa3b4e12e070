package app.frontline.metric.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facts written beside the embedded store when the application stops, with the store's
 * position at that moment, and read back at the next start when the store opens at the same
 * position: nothing was written to it in between, so the facts are current, and the instance
 * answers from them at once instead of scanning the whole store. Any other case (no file, another
 * position, another format) builds from the store as usual.
 *
 * <p>Java serialization of the columnar store: its state is primitive arrays, which it writes in
 * bulk. The read is filtered to this package's classes, arrays and the few JDK types they hold.
 */
final class FactsSnapshot {

    static final String FILE = "kpi-facts.bin";
    private static final Logger log = LoggerFactory.getLogger(FactsSnapshot.class);
    private static final Set<String> JDK = Set.of("java.util.HashMap", "java.util.Map$Entry", "java.lang.Long", "java.lang.Integer",
            "java.lang.Number", "java.lang.String");

    private FactsSnapshot() {
    }

    static void write(Path dir, FactStore store, String position) throws IOException {
        Path temp = dir.resolve(FILE + ".tmp");
        long started = System.nanoTime();
        try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(temp),
                1 << 20))) {
            out.writeUTF(position);
            out.writeObject(store);
        }
        Files.move(temp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        log.info("KPI facts: snapshot of {} records written in {} ms ({} MB)", String.format("%,d", store.records()),
                (System.nanoTime() - started) / 1_000_000, Files.size(dir.resolve(FILE)) >> 20);
    }

    /** The facts saved at {@code position}, or empty (the file is then deleted: it can never be current again). */
    static Optional<FactStore> read(Path dir, String position) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file),
                1 << 20))) {
            in.setObjectInputFilter(FactsSnapshot::allowed);
            String saved = in.readUTF();
            if (!saved.equals(position)) {
                log.info("KPI facts: the snapshot is of an earlier state of the store ({}, now {}); building from the"
                        + " store", saved, position);
                delete(file);
                return Optional.empty();
            }
            FactStore store = (FactStore) in.readObject();
            log.info("KPI facts: {} records restored from the snapshot in {} ms", String.format("%,d", store.records()),
                    (System.nanoTime() - started) / 1_000_000);
            return Optional.of(store);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            log.warn("KPI facts: the snapshot cannot be read ({}); building from the store", e.toString());
            delete(file);
            return Optional.empty();
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("KPI facts: cannot delete {}: {}", file, e.toString());
        }
    }

    private static ObjectInputFilter.Status allowed(ObjectInputFilter.FilterInfo info) {
        Class<?> type = info.serialClass();
        if (type == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        boolean allowed = type.isPrimitive() || type.getPackageName().equals(FactsSnapshot.class.getPackageName())
                || JDK.contains(type.getName());
        if (!allowed) {
            log.warn("KPI facts: the snapshot holds a {}, which it may not", type.getName());
        }
        return allowed ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }
}
