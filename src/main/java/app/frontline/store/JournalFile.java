package app.frontline.store;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * An append-only file of BSON documents, each framed as {@code [length][crc32c][bson]}.
 *
 * <p>A frame is only ever acknowledged after {@link #append} returned, which forces it to disk
 * first; so a torn frame at the end (a crash in the middle of a write) was never acknowledged and
 * {@link #read} drops it, truncating the file back to its last whole frame.
 */
final class JournalFile implements AutoCloseable {

    private static final int HEADER = 8;
    private static final int INITIAL_BUFFER = 64 * 1024;
    /** A buffer grown beyond this by one huge command is dropped after it, not kept for good. */
    private static final int MAX_KEPT_BUFFER = 32 * 1024 * 1024;

    private final Path path;
    private final FileChannel channel;
    private final boolean fsync;
    private ByteBuf encodeBuffer = Unpooled.buffer(INITIAL_BUFFER);

    private JournalFile(Path path, FileChannel channel, boolean fsync) {
        this.path = path;
        this.channel = channel;
        this.fsync = fsync;
    }

    static JournalFile openForAppend(Path path, boolean fsync) {
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            channel.position(channel.size());
            return new JournalFile(path, channel, fsync);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the store journal " + path, e);
        }
    }

    Path path() {
        return path;
    }

    /**
     * Writes one document and, unless fsync is off, forces it to disk before returning. Callers
     * serialize appends (the backend's write lock): the encode buffer is reused between them, so a
     * 1,000-document command is encoded once into memory that is already there, not grown anew.
     */
    void append(Document document) throws IOException {
        ByteBuf bson = encodeBuffer.clear();
        BsonEncoder.encodeDocument(document, bson);
        int length = bson.readableBytes();
        ByteBuffer body = bson.nioBuffer();
        CRC32C crc = new CRC32C();
        crc.update(body.duplicate());
        ByteBuffer header = ByteBuffer.allocate(HEADER).putInt(length).putInt((int) crc.getValue()).flip();
        ByteBuffer[] frame = {header, body};
        long start = channel.position();
        try {
            while (body.hasRemaining()) {
                channel.write(frame);
            }
            if (fsync) {
                channel.force(false);
            }
        } catch (IOException e) {
            // a torn frame left in the middle would hide every later (acknowledged) frame from read()
            channel.truncate(start);
            channel.position(start);
            throw e;
        }
        if (bson.capacity() > MAX_KEPT_BUFFER) {
            encodeBuffer = Unpooled.buffer(INITIAL_BUFFER);
        }
    }

    long size() throws IOException {
        return channel.size();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /**
     * Reads every whole frame of the file in order. A torn or corrupt tail is cut off.
     *
     * @return the number of bytes dropped from the end (0 for a clean file)
     */
    static long read(Path path, Consumer<Document> sink) throws IOException {
        try (FileChannel in = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = in.size();
            long position = 0;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (position < size) {
                header.clear();
                if (readFully(in, header, position) < HEADER) {
                    break;
                }
                header.flip();
                int length = header.getInt();
                int expectedCrc = header.getInt();
                if (length <= 0 || position + HEADER + length > size) {
                    break;
                }
                ByteBuffer body = ByteBuffer.allocate(length);
                readFully(in, body, position + HEADER);
                body.flip();
                CRC32C crc = new CRC32C();
                crc.update(body.duplicate());
                if ((int) crc.getValue() != expectedCrc) {
                    break;
                }
                sink.accept(BsonDecoder.decodeBson(Unpooled.wrappedBuffer(body)));
                position += HEADER + length;
            }
            long dropped = size - position;
            if (dropped > 0) {
                in.truncate(position);
                in.force(true);
            }
            return dropped;
        }
    }

    private static int readFully(FileChannel in, ByteBuffer buffer, long position) throws IOException {
        int total = 0;
        while (buffer.hasRemaining()) {
            int n = in.read(buffer, position + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
