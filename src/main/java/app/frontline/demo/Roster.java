package app.frontline.demo;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The fixed shape of the support organisation: five teams in four zones, forty agents. */
final class Roster {

    static final String[] FIRST = {"Alice", "Bram", "Chloé", "Daan", "Emma", "Finn", "Grace", "Hugo",
        "Isha", "Jonas", "Karin", "Liam", "Mila", "Noah", "Olivia", "Priya", "Quinn", "Rahul", "Sofía",
        "Tom", "Uma", "Victor", "Wen", "Xavier", "Yara", "Zoë", "Arjun", "Björn", "Camille", "Diego",
        "Elif", "Fatima", "Giulia", "Hannah", "Ivan", "Julia", "Kofi", "Lucas", "Maya", "Nils"};
    static final String[] LAST = {"Jansen", "de Vries", "Bakker", "Smith", "Johnson", "García",
        "Müller", "Sharma", "Patel", "Iyer", "Kowalski", "O'Brien", "Nguyen", "Rossi", "Dubois",
        "van Dijk", "Visser", "Brown", "Lee", "Kumar", "Fischer", "Novak", "Andersson", "Silva",
        "Martin", "Okafor", "Yilmaz", "Chen", "Moreau", "Hernández"};

    final List<DemoTeam> teams;
    final List<DemoAgent> agents;

    Roster(Rng rng, int days) {
        teams = List.of(
            new DemoTeam(0, "t-emea", "EMEA", ZoneId.of("Europe/Amsterdam"), 60, 0.33, 12,
                new double[] {0.40, 0.30, 0.15, 0.05, 0.10}),
            new DemoTeam(1, "t-vip", "VIP Care", ZoneId.of("Europe/Amsterdam"), 15, 0.07, 4,
                new double[] {0.20, 0.35, 0.35, 0.00, 0.10}),
            new DemoTeam(2, "t-amer", "Americas", ZoneId.of("America/New_York"), 120, 0.30, 11,
                new double[] {0.40, 0.30, 0.12, 0.06, 0.12}),
            new DemoTeam(3, "t-apac", "India & APAC", ZoneId.of("Asia/Kolkata"), 240, 0.18, 8,
                new double[] {0.55, 0.30, 0.05, 0.03, 0.07}),
            new DemoTeam(4, "t-social", "Social & Messaging", ZoneId.of("America/Los_Angeles"), 30, 0.12, 5,
                new double[] {0.00, 0.00, 0.00, 0.50, 0.50}));
        agents = new ArrayList<>();
        for (DemoTeam team : teams) {
            for (int i = 0; i < team.agents(); i++) {
                agents.add(agent(rng, agents.size(), team, days));
            }
        }
    }

    private static DemoAgent agent(Rng rng, int index, DemoTeam team, int days) {
        String first = rng.pick(FIRST);
        String last = rng.pick(LAST);
        // agents 6 and 25 left part-way; 30 joined late; 4, 17, 29, 36 have no e-mail on file
        boolean left = index == 6 || index == 25;
        int firstDay = index == 30 ? days * 7 / 10 : 0;
        int endDay = index == 6 ? days * 35 / 100 : index == 25 ? days * 55 / 100 : days;
        boolean noEmail = index == 4 || index == 17 || index == 29 || index == 36;
        String email = noEmail ? null : ascii(first + "." + last).replace(" ", "").replace("'", "")
            + (index % 7 == 5 ? index : "") + "@shop.example";
        return new DemoAgent(index, "a-" + (index + 1), first + " " + last, email, team, !left,
            firstDay, Math.max(endDay, firstDay + 1), rng.logNormal(1.0, 0.25), 0.15 + rng.uniform() * 0.3);
    }

    static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    }
}
