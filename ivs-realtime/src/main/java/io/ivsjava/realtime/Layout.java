package io.ivsjava.realtime;

import io.ivsjava.core.internal.Check;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a composition arranges the stage's publishers in its video: a {@link Grid} of equal tiles, or
 * {@link PictureInPicture}, one participant full frame with another in a corner window.
 *
 * <pre>{@code
 * Layout.grid()                                             // IVS's defaults
 * Layout.Grid.builder().featuredParticipantAttribute("featured").gridGap(4).build()
 * Layout.PictureInPicture.builder().pipParticipantAttribute("guest")
 *         .pipPosition(Layout.PipPosition.TOP_RIGHT).build()
 * }</pre>
 *
 * <p>Participant attributes name the special slots: a participant whose token has the named attribute set to
 * {@code "true"} is placed in the featured (or PiP) slot. Checked against the IVS limits when sent, with field
 * paths such as {@code layout.grid.gridGap}.
 *
 * <p>Implementations are immutable and safe to share between threads.
 */
public sealed interface Layout permits Layout.Grid, Layout.PictureInPicture {

    /**
     * The grid layout with IVS's defaults.
     *
     * @return the layout
     */
    static Grid grid() {
        return Grid.builder().build();
    }

    /**
     * The picture-in-picture layout with IVS's defaults.
     *
     * @return the layout
     */
    static PictureInPicture pictureInPicture() {
        return PictureInPicture.builder().build();
    }

    /** The shape of non-featured tiles in a grid. Immutable; safe to share between threads. */
    enum AspectRatio {
        /** Each tile takes the aspect ratio of its participant's video. */
        AUTO,
        /** 16:9. */
        VIDEO,
        /** 1:1. */
        SQUARE,
        /** 3:4. */
        PORTRAIT,
        /** A value IVS reported that this version of the library does not know; never sent. */
        UNKNOWN
    }

    /** How video fits its tile. Immutable; safe to share between threads. */
    enum FillMode {
        /** Stretched to fill the tile. */
        FILL,
        /** Scaled to cover the tile, cropped. */
        COVER,
        /** Scaled to fit the tile, letterboxed. */
        CONTAIN,
        /** A value IVS reported that this version of the library does not know; never sent. */
        UNKNOWN
    }

    /** What the PiP window does when its participant has left. Immutable; safe to share between threads. */
    enum PipBehavior {
        /** Keeps its position and size. */
        STATIC,
        /** Expands to the whole composition. */
        DYNAMIC,
        /** A value IVS reported that this version of the library does not know; never sent. */
        UNKNOWN
    }

    /** The corner of the PiP window. Immutable; safe to share between threads. */
    enum PipPosition {
        /** Top left. */
        TOP_LEFT,
        /** Top right. */
        TOP_RIGHT,
        /** Bottom left. */
        BOTTOM_LEFT,
        /** Bottom right. */
        BOTTOM_RIGHT,
        /** A value IVS reported that this version of the library does not know; never sent. */
        UNKNOWN
    }

    /**
     * Equal tiles, with an optional featured participant in a larger one.
     *
     * <p>Immutable; safe to share between threads.
     *
     * @param featuredParticipantAttribute the attribute that puts a participant in the featured slot; none by default
     * @param omitStoppedVideo whether participants whose video stopped leave the grid; default false
     * @param videoAspectRatio the shape of non-featured tiles; default {@link AspectRatio#VIDEO}
     * @param videoFillMode how video fits its tile; by default IVS covers grid tiles and contains the featured one
     * @param gridGap pixels between tiles, 0 or more; default 2
     * @param participantOrderAttribute the attribute whose value orders the tiles; by default arrival order
     */
    record Grid(Optional<String> featuredParticipantAttribute, boolean omitStoppedVideo, AspectRatio videoAspectRatio,
                Optional<FillMode> videoFillMode, int gridGap, Optional<String> participantOrderAttribute)
            implements Layout {
        /** IVS's default gap between tiles, in pixels. */
        public static final int DEFAULT_GRID_GAP = 2;

        /** Checks that no component is null. */
        public Grid {
            Check.notNull("featuredParticipantAttribute", featuredParticipantAttribute);
            Check.notNull("videoAspectRatio", videoAspectRatio);
            Check.notNull("videoFillMode", videoFillMode);
            Check.notNull("participantOrderAttribute", participantOrderAttribute);
        }

        /**
         * A builder starting from IVS's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /** Collects a {@link Grid}. Not thread-safe. */
        public static final class Builder extends LayoutBuilder<Builder> {
            private AspectRatio aspectRatio = AspectRatio.VIDEO;

            private Builder() {
                super(null, DEFAULT_GRID_GAP);
            }

            /**
             * The shape of non-featured tiles.
             *
             * @param aspectRatio the shape
             * @return this builder
             */
            public Builder videoAspectRatio(AspectRatio aspectRatio) {
                this.aspectRatio = Check.notNull("videoAspectRatio", aspectRatio);
                return this;
            }

            /**
             * Builds the layout; its limits are checked when it is sent.
             *
             * @return the layout
             */
            public Grid build() {
                return new Grid(Optional.ofNullable(featured), omitStoppedVideo, aspectRatio,
                        Optional.ofNullable(fillMode), gridGap, Optional.ofNullable(order));
            }
        }
    }

    /**
     * One participant full frame (or a grid of them), another in a corner window.
     *
     * <p>Immutable; safe to share between threads.
     *
     * @param featuredParticipantAttribute the attribute that puts a participant in the featured slot; none by default
     * @param omitStoppedVideo whether participants whose video stopped are left out; default false
     * @param videoFillMode how video fits its tile; default {@link FillMode#COVER}
     * @param gridGap pixels between tiles, 0 or more; default 0
     * @param pipParticipantAttribute the attribute that puts a participant in the PiP window; none by default
     * @param pipBehavior what the PiP window does when its participant left; default {@link PipBehavior#STATIC}
     * @param pipOffset the PiP window's distance from the edges, in pixels, 0 or more; default 0
     * @param pipPosition the PiP window's corner; default {@link PipPosition#BOTTOM_RIGHT}
     * @param pipWidth the PiP window's width in pixels, 1 or more; by default from the composition's size
     * @param pipHeight the PiP window's height in pixels, 1 or more; by default from the composition's size
     * @param participantOrderAttribute the attribute whose value orders the participants; by default arrival order
     */
    record PictureInPicture(Optional<String> featuredParticipantAttribute, boolean omitStoppedVideo,
                            FillMode videoFillMode, int gridGap, Optional<String> pipParticipantAttribute,
                            PipBehavior pipBehavior, int pipOffset, PipPosition pipPosition, OptionalInt pipWidth,
                            OptionalInt pipHeight, Optional<String> participantOrderAttribute) implements Layout {
        /** Checks that no component is null. */
        public PictureInPicture {
            Check.notNull("featuredParticipantAttribute", featuredParticipantAttribute);
            Check.notNull("videoFillMode", videoFillMode);
            Check.notNull("pipParticipantAttribute", pipParticipantAttribute);
            Check.notNull("pipBehavior", pipBehavior);
            Check.notNull("pipPosition", pipPosition);
            Check.notNull("pipWidth", pipWidth);
            Check.notNull("pipHeight", pipHeight);
            Check.notNull("participantOrderAttribute", participantOrderAttribute);
        }

        /**
         * A builder starting from IVS's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /** Collects a {@link PictureInPicture}. Not thread-safe. */
        public static final class Builder extends LayoutBuilder<Builder> {
            private String pipAttribute;
            private PipBehavior behavior = PipBehavior.STATIC;
            private int offset;
            private PipPosition position = PipPosition.BOTTOM_RIGHT;
            private OptionalInt width = OptionalInt.empty();
            private OptionalInt height = OptionalInt.empty();

            private Builder() {
                super(FillMode.COVER, 0);
            }

            /**
             * The attribute that puts a participant in the PiP window.
             *
             * @param attribute an attribute name
             * @return this builder
             */
            public Builder pipParticipantAttribute(String attribute) {
                this.pipAttribute = Check.notNull("pipParticipantAttribute", attribute);
                return this;
            }

            /**
             * What the PiP window does when its participant has left.
             *
             * @param behavior static or dynamic
             * @return this builder
             */
            public Builder pipBehavior(PipBehavior behavior) {
                this.behavior = Check.notNull("pipBehavior", behavior);
                return this;
            }

            /**
             * The PiP window's distance from the edges.
             *
             * @param offset pixels, 0 or more
             * @return this builder
             */
            public Builder pipOffset(int offset) {
                this.offset = offset;
                return this;
            }

            /**
             * The PiP window's corner.
             *
             * @param position the corner
             * @return this builder
             */
            public Builder pipPosition(PipPosition position) {
                this.position = Check.notNull("pipPosition", position);
                return this;
            }

            /**
             * The PiP window's size.
             *
             * @param width pixels, 1 or more
             * @param height pixels, 1 or more
             * @return this builder
             */
            public Builder pipSize(int width, int height) {
                this.width = OptionalInt.of(width);
                this.height = OptionalInt.of(height);
                return this;
            }

            /**
             * Builds the layout; its limits are checked when it is sent.
             *
             * @return the layout
             */
            public PictureInPicture build() {
                return new PictureInPicture(Optional.ofNullable(featured), omitStoppedVideo, fillMode, gridGap,
                        Optional.ofNullable(pipAttribute), behavior, offset, position, width, height,
                        Optional.ofNullable(order));
            }
        }
    }
}
