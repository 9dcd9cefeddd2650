package io.ivsjava.realtime;

import io.ivsjava.core.internal.Check;

/**
 * The options {@link Layout.Grid} and {@link Layout.PictureInPicture} share, and their builders' setters for them.
 * Not thread-safe.
 *
 * @param <B> the builder
 */
abstract class LayoutBuilder<B extends LayoutBuilder<B>> {
    String featured;
    boolean omitStoppedVideo;
    Layout.FillMode fillMode;
    int gridGap;
    String order;

    LayoutBuilder(Layout.FillMode fillMode, int gridGap) {
        this.fillMode = fillMode;
        this.gridGap = gridGap;
    }

    /**
     * The attribute that puts a participant in the featured slot.
     *
     * @param attribute an attribute name: letters, digits, {@code -} and {@code _}, at most 128 characters
     * @return this builder
     */
    public B featuredParticipantAttribute(String attribute) {
        this.featured = Check.notNull("featuredParticipantAttribute", attribute);
        return self();
    }

    /**
     * Whether participants whose video stopped are left out.
     *
     * @param omit true to leave them out
     * @return this builder
     */
    public B omitStoppedVideo(boolean omit) {
        this.omitStoppedVideo = omit;
        return self();
    }

    /**
     * How video fits its tile.
     *
     * @param fillMode the fill mode
     * @return this builder
     */
    public B videoFillMode(Layout.FillMode fillMode) {
        this.fillMode = Check.notNull("videoFillMode", fillMode);
        return self();
    }

    /**
     * Pixels between tiles.
     *
     * @param gridGap 0 or more
     * @return this builder
     */
    public B gridGap(int gridGap) {
        this.gridGap = gridGap;
        return self();
    }

    /**
     * The attribute whose value orders the participants.
     *
     * @param attribute an attribute name
     * @return this builder
     */
    public B participantOrderAttribute(String attribute) {
        this.order = Check.notNull("participantOrderAttribute", attribute);
        return self();
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
