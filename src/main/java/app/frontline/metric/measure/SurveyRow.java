package app.frontline.metric.measure;

/** A survey answer. */
public interface SurveyRow {

    enum Kind { CSAT, CES, NPS, CX }

    Kind kind();

    int score();
}
