/**
 * The foundation of ivs-java: {@link io.ivsjava.core.StreamingMode}, typed ARNs such as
 * {@link io.ivsjava.core.StageArn} and {@link io.ivsjava.core.ChannelArn}, {@link io.ivsjava.core.IvsConnection},
 * the {@link io.ivsjava.core.IvsException} hierarchy, P-384 keys ({@link io.ivsjava.core.P384Keys}) and the ES384
 * {@link io.ivsjava.core.TokenSigner}.
 *
 * <p>Implementation lives in {@code io.ivsjava.core.internal} and may change at any time.
 */
@NullMarked
package io.ivsjava.core;

import org.jspecify.annotations.NullMarked;
