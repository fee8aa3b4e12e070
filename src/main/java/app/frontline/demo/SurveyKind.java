package app.frontline.demo;

/** The four survey kinds, their score ranges and how often a resolved conversation gets one. */
enum SurveyKind {
    CSAT("csat", 1, 5, 0.25),
    CES("ces", 1, 7, 0.08),
    NPS("nps", 0, 10, 0.07),
    CX("cx", 1, 5, 0.06);

    final String json;
    final int min;
    final int max;
    final double rate;

    SurveyKind(String json, int min, int max, double rate) {
        this.json = json;
        this.min = min;
        this.max = max;
        this.rate = rate;
    }

    /** A score in range: the upper part of the scale after a good experience, lower otherwise. */
    int score(Rng rng, boolean good) {
        return switch (this) {
            case NPS -> good ? (rng.chance(0.72) ? rng.between(9, 10) : rng.between(7, 8))
                : (rng.chance(0.75) ? rng.between(0, 6) : rng.between(7, 8));
            case CES -> good ? rng.between(5, 7) : rng.between(1, 4);
            case CSAT, CX -> good ? (rng.chance(0.6) ? 5 : 4) : rng.between(1, 3);
        };
    }
}
