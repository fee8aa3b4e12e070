package app.frontline.demo;

/** The five conversation channels, with how quickly each is answered and handled. */
enum Channel {
    EMAIL("email", 45 * 60, 1.3, 420),
    CHAT("chat", 70, 0.9, 720),
    PHONE("phone", 25, 0.8, 540),
    SOCIAL("social", 30 * 60, 1.2, 300),
    MESSAGING("messaging", 6 * 60, 1.1, 360);

    final String json;
    /** Median seconds to the first reply on an ordinary day. */
    final double replyMedian;
    final double replySigma;
    /** Median seconds an agent spends on one conversation. */
    final double handleMedian;

    Channel(String json, double replyMedian, double replySigma, double handleMedian) {
        this.json = json;
        this.replyMedian = replyMedian;
        this.replySigma = replySigma;
        this.handleMedian = handleMedian;
    }

    boolean live() {
        return this == CHAT || this == PHONE;
    }
}
