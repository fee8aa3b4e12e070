package app.frontline.ingest;

/** Told how an import is going: after every batch of lines and once at the end. */
@FunctionalInterface
public interface ImportProgress {

    /** Reports nothing. */
    ImportProgress NONE = (linesRead, accepted, rejected) -> { };

    /**
     * @param linesRead lines (or records) read so far
     * @param accepted records validated so far and stored or about to be
     * @param rejected records refused so far
     */
    void progress(long linesRead, long accepted, long rejected);
}
