/** Amazon IVS Chat: rooms, chat tokens, logging configurations and message review handlers. */
module io.ivsjava.chat {
    exports io.ivsjava.chat;

    requires transitive io.ivsjava.core;
    requires transitive software.amazon.awssdk.services.ivschat;
    requires software.amazon.awssdk.awscore;
    requires software.amazon.awssdk.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;
}
