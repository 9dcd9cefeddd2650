/** {@code StreamingMode} as the front door: {@code IvsLive} takes a user live in any mode. */
module io.ivsjava.live {
    exports io.ivsjava.live;

    requires transitive io.ivsjava.core;
    requires transitive io.ivsjava.realtime;
    requires transitive io.ivsjava.lowlatency;
    requires org.slf4j;
    requires static org.jspecify;
}
