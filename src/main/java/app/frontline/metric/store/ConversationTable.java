package app.frontline.metric.store;

import java.util.Arrays;

/** Conversations, by createdAt: durations in milliseconds (-1 for none), codes for who and where. */
final class ConversationTable extends Table {

    static final int ARCHIVED = 1;
    static final int RATING_SHIFT = 1;

    long[] firstResponse = new long[16];
    long[] resolution = new long[16];
    long[] handle = new long[16];
    int[] team = new int[16];
    int[] agent = new int[16];
    byte[] channel = new byte[16];
    byte[] flags = new byte[16];
    /** Up-sells made and accepted, cross-sells made and accepted: 16 bits each. */
    long[] offers = new long[16];
    int[] tagStart = new int[16];
    byte[] tagCount = new byte[16];
    int[] tags = new int[64];
    int tagsSize;

    void set(int row, long firstResponse, long resolution, long handle, int team, int agent, int channel, int flags,
            long offers, int[] tagCodes) {
        this.firstResponse[row] = firstResponse;
        this.resolution[row] = resolution;
        this.handle[row] = handle;
        this.team[row] = team;
        this.agent[row] = agent;
        this.channel[row] = (byte) channel;
        this.flags[row] = (byte) flags;
        this.offers[row] = offers;
        tagStart[row] = tagsSize;
        tagCount[row] = (byte) tagCodes.length;
        if (tagsSize + tagCodes.length > tags.length) {
            tags = Arrays.copyOf(tags, Columns.grown(tags.length, tagsSize + tagCodes.length));
        }
        System.arraycopy(tagCodes, 0, tags, tagsSize, tagCodes.length);
        tagsSize += tagCodes.length;
    }

    boolean hasTag(int row, int tag) {
        for (int i = tagStart[row], end = i + tagCount[row]; i < end; i++) {
            if (tags[i] == tag) {
                return true;
            }
        }
        return false;
    }

    @Override
    void grow(int capacity) {
        firstResponse = Arrays.copyOf(firstResponse, capacity);
        resolution = Arrays.copyOf(resolution, capacity);
        handle = Arrays.copyOf(handle, capacity);
        team = Arrays.copyOf(team, capacity);
        agent = Arrays.copyOf(agent, capacity);
        channel = Arrays.copyOf(channel, capacity);
        flags = Arrays.copyOf(flags, capacity);
        offers = Arrays.copyOf(offers, capacity);
        tagStart = Arrays.copyOf(tagStart, capacity);
        tagCount = Arrays.copyOf(tagCount, capacity);
    }

    @Override
    void reorder(int[] order) {
        int n = order.length;
        int[] newTags = new int[Math.max(64, tagsSize)];
        int newSize = 0;
        int[] newStart = new int[Math.max(16, n)];
        for (int i = 0; i < n; i++) {
            int row = order[i];
            newStart[i] = newSize;
            System.arraycopy(tags, tagStart[row], newTags, newSize, tagCount[row]);
            newSize += tagCount[row];
        }
        tags = newTags;
        tagsSize = newSize;
        tagStart = newStart;
        tagCount = Columns.gather(tagCount, order, n);
        firstResponse = Columns.gather(firstResponse, order, n);
        resolution = Columns.gather(resolution, order, n);
        handle = Columns.gather(handle, order, n);
        team = Columns.gather(team, order, n);
        agent = Columns.gather(agent, order, n);
        channel = Columns.gather(channel, order, n);
        flags = Columns.gather(flags, order, n);
        offers = Columns.gather(offers, order, n);
    }

    @Override
    long columnBytes() {
        return 8L * 4 * firstResponse.length + 4L * 3 * team.length + 3L * channel.length + 4L * tags.length;
    }
}
