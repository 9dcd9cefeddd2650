/**
 * {@code StreamingMode} as the front door: {@code IvsLive} takes a user live in any mode, with a chat room per
 * broadcast if asked.
 */
module io.ivsjava.live {
    exports io.ivsjava.live;

    requires transitive io.ivsjava.core;
    requires transitive io.ivsjava.realtime;
    requires transitive io.ivsjava.lowlatency;
    // A Broadcast carries its chat room's RoomArn and LiveChat hands out ivs-chat's ChatToken.
    requires transitive io.ivsjava.chat;
    // The creates ivs-live makes exactly once go to the SDK clients directly, with the SDK's own retries off.
    requires software.amazon.awssdk.services.ivs;
    requires software.amazon.awssdk.services.ivsrealtime;
    requires software.amazon.awssdk.services.ivschat;
    requires software.amazon.awssdk.awscore;
    requires software.amazon.awssdk.retries.api;
    requires org.slf4j;
    requires static org.jspecify;
}
