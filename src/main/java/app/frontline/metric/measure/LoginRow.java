package app.frontline.metric.measure;

/** An agent's login. */
public interface LoginRow {

    /** The agent's code. */
    long agentCode();
}
