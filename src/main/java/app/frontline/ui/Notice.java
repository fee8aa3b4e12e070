package app.frontline.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility.Background;
import com.vaadin.flow.theme.lumo.LumoUtility.BorderRadius;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;

/** A message in place of content: an empty period, a missing team or agent. */
class Notice extends Paragraph {

    static final String NO_DATA = "No data for this period";

    Notice(String id, String title, String text) {
        setId(id);
        var strong = new Span(title);
        strong.addClassNames(FontWeight.SEMIBOLD);
        add(strong);
        if (!text.isEmpty()) {
            add(new Text(" — " + text));
        }
        addClassNames(Background.CONTRAST_5, BorderRadius.LARGE, Padding.LARGE, Margin.NONE);
    }
}
