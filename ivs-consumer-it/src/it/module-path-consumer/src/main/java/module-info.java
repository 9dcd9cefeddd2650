/** A user's module: the ivs-java modules it reads, and nothing of their internals. */
module example.studio {
    requires io.ivsjava.realtime;
    requires io.ivsjava.lowlatency;
    // transitive: Studio.Session shows their types (Admission, IvsEvent, ChatToken)
    requires transitive io.ivsjava.live;
    requires transitive io.ivsjava.events;
    requires transitive io.ivsjava.chat;
    requires io.ivsjava.emulator;

    exports example.studio;
}
