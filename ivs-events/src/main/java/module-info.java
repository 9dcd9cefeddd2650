/**
 * The IVS events EventBridge delivers, typed, with a dispatcher and a live flag; needs ivs-core without its AWS SDK.
 */
module io.ivsjava.events {
    exports io.ivsjava.events;

    requires transitive io.ivsjava.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;
}
