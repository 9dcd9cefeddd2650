/**
 * The IVS events EventBridge delivers, typed: {@link io.ivsjava.events.IvsEvents} parses them,
 * {@link io.ivsjava.events.IvsEventDispatcher} routes them to handlers, and {@link io.ivsjava.events.LiveStatus}
 * keeps a live flag that copes with late and out-of-order events.
 *
 * <p>Implementation lives in {@code io.ivsjava.events.internal} and may change at any time.
 */
@NullMarked
package io.ivsjava.events;

import org.jspecify.annotations.NullMarked;
