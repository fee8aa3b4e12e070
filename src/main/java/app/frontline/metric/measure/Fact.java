package app.frontline.metric.measure;

/** The kinds of fact a measure reads, each placed in a period by its own time. */
public enum Fact {
    /** An approved order, by its createdAt. */
    ORDER,
    /** A refund, return, chargeback, reprocess or cancel, by its own time. */
    ACTION,
    /** An agent login, by its at. */
    LOGIN,
    /** A conversation, by its createdAt. */
    CONVERSATION,
    /** A survey answer, by its at, attributed through its conversation. */
    SURVEY;

    /** Whether a channel or tag slice narrows facts of this kind (only conversations and their surveys have one). */
    public boolean sliced() {
        return this == CONVERSATION || this == SURVEY;
    }
}
