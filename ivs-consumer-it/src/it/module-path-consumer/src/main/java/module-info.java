/** A user's module: the ivs-java modules it reads, and nothing of their internals. */
module example.studio {
    requires io.ivsjava.realtime;
    requires io.ivsjava.lowlatency;
    requires io.ivsjava.live;
    requires io.ivsjava.events;
    requires io.ivsjava.emulator;

    exports example.studio;
}
