package app.frontline.demo;

import java.time.ZoneId;

/** A support team: its zone sets its business hours, {@code channelMix} what it answers. */
record DemoTeam(int index, String id, String name, ZoneId zone, int slaMinutes, double share,
                int agents, double[] channelMix) {
}
