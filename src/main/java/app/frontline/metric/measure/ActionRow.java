package app.frontline.metric.measure;

/** A refund, return, chargeback, reprocess or cancel. */
public interface ActionRow {

    enum Kind { REFUND, RETURN, RMA_RETURN, CHARGEBACK, REPROCESS, CANCEL }

    Kind kind();

    /** The refund's amount, or for a chargeback the order's total; 0 otherwise. */
    long amount();
}
