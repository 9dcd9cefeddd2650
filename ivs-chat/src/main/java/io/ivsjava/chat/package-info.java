/**
 * Chat on Amazon IVS: rooms that hosts and viewers join with chat tokens to exchange messages beside a stream.
 *
 * <p>Start at {@link io.ivsjava.chat.IvsChat} (or {@link io.ivsjava.chat.IvsChatAsync}), which offers every operation
 * of the IVS Chat API:
 * <ul>
 *   <li>rooms: {@link io.ivsjava.chat.RoomSpec}, {@link io.ivsjava.chat.RoomUpdate}, {@link io.ivsjava.chat.Room},
 *       {@link io.ivsjava.chat.RoomFilter};</li>
 *   <li>who may chat, and tokens: {@link io.ivsjava.chat.ChatRole} (host, viewer, read-only, any capabilities) and
 *       {@link io.ivsjava.chat.ChatToken};</li>
 *   <li>the backend's hand in a room: events, deleting messages, disconnecting users;</li>
 *   <li>where messages are logged: {@link io.ivsjava.chat.LoggingConfiguration},
 *       {@link io.ivsjava.chat.LoggingDestination};</li>
 *   <li>reviewing messages before delivery: a room's {@link io.ivsjava.chat.MessageReviewHandler}, and the handler
 *       itself in Java, {@link io.ivsjava.chat.MessageReviewer}, with its {@link io.ivsjava.chat.MessageReviewRequest}
 *       and {@link io.ivsjava.chat.MessageReviewResponse}.</li>
 * </ul>
 *
 * <p>Values are immutable records, safe to share between threads; a {@code null} where a value is required is an
 * {@link io.ivsjava.core.IvsValidationException} naming it.
 */
@NullMarked
package io.ivsjava.chat;

import org.jspecify.annotations.NullMarked;
