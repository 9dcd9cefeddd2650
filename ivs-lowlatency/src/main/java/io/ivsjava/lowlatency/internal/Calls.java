package io.ivsjava.lowlatency.internal;

import software.amazon.awssdk.services.ivs.IvsAsyncClient;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.BatchGetChannelRequest;
import software.amazon.awssdk.services.ivs.model.BatchGetChannelResponse;
import software.amazon.awssdk.services.ivs.model.BatchGetStreamKeyRequest;
import software.amazon.awssdk.services.ivs.model.BatchGetStreamKeyResponse;
import software.amazon.awssdk.services.ivs.model.BatchStartViewerSessionRevocationRequest;
import software.amazon.awssdk.services.ivs.model.BatchStartViewerSessionRevocationResponse;
import software.amazon.awssdk.services.ivs.model.CreateChannelRequest;
import software.amazon.awssdk.services.ivs.model.CreateChannelResponse;
import software.amazon.awssdk.services.ivs.model.CreatePlaybackRestrictionPolicyRequest;
import software.amazon.awssdk.services.ivs.model.CreatePlaybackRestrictionPolicyResponse;
import software.amazon.awssdk.services.ivs.model.CreateRecordingConfigurationRequest;
import software.amazon.awssdk.services.ivs.model.CreateRecordingConfigurationResponse;
import software.amazon.awssdk.services.ivs.model.CreateStreamKeyRequest;
import software.amazon.awssdk.services.ivs.model.CreateStreamKeyResponse;
import software.amazon.awssdk.services.ivs.model.DeleteChannelRequest;
import software.amazon.awssdk.services.ivs.model.DeleteChannelResponse;
import software.amazon.awssdk.services.ivs.model.DeletePlaybackKeyPairRequest;
import software.amazon.awssdk.services.ivs.model.DeletePlaybackKeyPairResponse;
import software.amazon.awssdk.services.ivs.model.DeletePlaybackRestrictionPolicyRequest;
import software.amazon.awssdk.services.ivs.model.DeletePlaybackRestrictionPolicyResponse;
import software.amazon.awssdk.services.ivs.model.DeleteRecordingConfigurationRequest;
import software.amazon.awssdk.services.ivs.model.DeleteRecordingConfigurationResponse;
import software.amazon.awssdk.services.ivs.model.DeleteStreamKeyRequest;
import software.amazon.awssdk.services.ivs.model.DeleteStreamKeyResponse;
import software.amazon.awssdk.services.ivs.model.GetChannelRequest;
import software.amazon.awssdk.services.ivs.model.GetChannelResponse;
import software.amazon.awssdk.services.ivs.model.GetPlaybackKeyPairRequest;
import software.amazon.awssdk.services.ivs.model.GetPlaybackKeyPairResponse;
import software.amazon.awssdk.services.ivs.model.GetPlaybackRestrictionPolicyRequest;
import software.amazon.awssdk.services.ivs.model.GetPlaybackRestrictionPolicyResponse;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationRequest;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse;
import software.amazon.awssdk.services.ivs.model.GetStreamKeyRequest;
import software.amazon.awssdk.services.ivs.model.GetStreamKeyResponse;
import software.amazon.awssdk.services.ivs.model.GetStreamRequest;
import software.amazon.awssdk.services.ivs.model.GetStreamResponse;
import software.amazon.awssdk.services.ivs.model.GetStreamSessionRequest;
import software.amazon.awssdk.services.ivs.model.GetStreamSessionResponse;
import software.amazon.awssdk.services.ivs.model.ImportPlaybackKeyPairRequest;
import software.amazon.awssdk.services.ivs.model.ImportPlaybackKeyPairResponse;
import software.amazon.awssdk.services.ivs.model.ListChannelsRequest;
import software.amazon.awssdk.services.ivs.model.ListChannelsResponse;
import software.amazon.awssdk.services.ivs.model.ListPlaybackKeyPairsRequest;
import software.amazon.awssdk.services.ivs.model.ListPlaybackKeyPairsResponse;
import software.amazon.awssdk.services.ivs.model.ListPlaybackRestrictionPoliciesRequest;
import software.amazon.awssdk.services.ivs.model.ListPlaybackRestrictionPoliciesResponse;
import software.amazon.awssdk.services.ivs.model.ListRecordingConfigurationsRequest;
import software.amazon.awssdk.services.ivs.model.ListRecordingConfigurationsResponse;
import software.amazon.awssdk.services.ivs.model.ListStreamKeysRequest;
import software.amazon.awssdk.services.ivs.model.ListStreamKeysResponse;
import software.amazon.awssdk.services.ivs.model.ListStreamSessionsRequest;
import software.amazon.awssdk.services.ivs.model.ListStreamSessionsResponse;
import software.amazon.awssdk.services.ivs.model.ListStreamsRequest;
import software.amazon.awssdk.services.ivs.model.ListStreamsResponse;
import software.amazon.awssdk.services.ivs.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.ivs.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.ivs.model.PutMetadataRequest;
import software.amazon.awssdk.services.ivs.model.PutMetadataResponse;
import software.amazon.awssdk.services.ivs.model.StartViewerSessionRevocationRequest;
import software.amazon.awssdk.services.ivs.model.StartViewerSessionRevocationResponse;
import software.amazon.awssdk.services.ivs.model.StopStreamRequest;
import software.amazon.awssdk.services.ivs.model.StopStreamResponse;
import software.amazon.awssdk.services.ivs.model.TagResourceRequest;
import software.amazon.awssdk.services.ivs.model.TagResourceResponse;
import software.amazon.awssdk.services.ivs.model.UntagResourceRequest;
import software.amazon.awssdk.services.ivs.model.UntagResourceResponse;
import software.amazon.awssdk.services.ivs.model.UpdateChannelRequest;
import software.amazon.awssdk.services.ivs.model.UpdateChannelResponse;
import software.amazon.awssdk.services.ivs.model.UpdatePlaybackRestrictionPolicyRequest;
import software.amazon.awssdk.services.ivs.model.UpdatePlaybackRestrictionPolicyResponse;

/**
 * The 35 IVS low-latency operations of the AWS SDK for Java, each named once with its synchronous and asynchronous
 * client method. Not part of the public API. Its constants are immutable; thread-safe.
 */
public final class Calls {
    // ---- channels
    public static final Call<CreateChannelRequest, CreateChannelResponse> CREATE_CHANNEL =
            new Call<>("CreateChannel", IvsClient::createChannel, IvsAsyncClient::createChannel);
    public static final Call<GetChannelRequest, GetChannelResponse> GET_CHANNEL =
            new Call<>("GetChannel", IvsClient::getChannel, IvsAsyncClient::getChannel);
    public static final Call<BatchGetChannelRequest, BatchGetChannelResponse> BATCH_GET_CHANNEL =
            new Call<>("BatchGetChannel", IvsClient::batchGetChannel, IvsAsyncClient::batchGetChannel);
    public static final Call<ListChannelsRequest, ListChannelsResponse> LIST_CHANNELS =
            new Call<>("ListChannels", IvsClient::listChannels, IvsAsyncClient::listChannels);
    public static final Call<UpdateChannelRequest, UpdateChannelResponse> UPDATE_CHANNEL =
            new Call<>("UpdateChannel", IvsClient::updateChannel, IvsAsyncClient::updateChannel);
    public static final Call<DeleteChannelRequest, DeleteChannelResponse> DELETE_CHANNEL =
            new Call<>("DeleteChannel", IvsClient::deleteChannel, IvsAsyncClient::deleteChannel);

    // ---- stream keys
    public static final Call<CreateStreamKeyRequest, CreateStreamKeyResponse> CREATE_STREAM_KEY =
            new Call<>("CreateStreamKey", IvsClient::createStreamKey, IvsAsyncClient::createStreamKey);
    public static final Call<GetStreamKeyRequest, GetStreamKeyResponse> GET_STREAM_KEY =
            new Call<>("GetStreamKey", IvsClient::getStreamKey, IvsAsyncClient::getStreamKey);
    public static final Call<BatchGetStreamKeyRequest, BatchGetStreamKeyResponse> BATCH_GET_STREAM_KEY =
            new Call<>("BatchGetStreamKey", IvsClient::batchGetStreamKey, IvsAsyncClient::batchGetStreamKey);
    public static final Call<ListStreamKeysRequest, ListStreamKeysResponse> LIST_STREAM_KEYS =
            new Call<>("ListStreamKeys", IvsClient::listStreamKeys, IvsAsyncClient::listStreamKeys);
    public static final Call<DeleteStreamKeyRequest, DeleteStreamKeyResponse> DELETE_STREAM_KEY =
            new Call<>("DeleteStreamKey", IvsClient::deleteStreamKey, IvsAsyncClient::deleteStreamKey);

    // ---- streams, sessions and timed metadata
    public static final Call<GetStreamRequest, GetStreamResponse> GET_STREAM =
            new Call<>("GetStream", IvsClient::getStream, IvsAsyncClient::getStream);
    public static final Call<ListStreamsRequest, ListStreamsResponse> LIST_STREAMS =
            new Call<>("ListStreams", IvsClient::listStreams, IvsAsyncClient::listStreams);
    public static final Call<StopStreamRequest, StopStreamResponse> STOP_STREAM =
            new Call<>("StopStream", IvsClient::stopStream, IvsAsyncClient::stopStream);
    public static final Call<GetStreamSessionRequest, GetStreamSessionResponse> GET_STREAM_SESSION =
            new Call<>("GetStreamSession", IvsClient::getStreamSession, IvsAsyncClient::getStreamSession);
    public static final Call<ListStreamSessionsRequest, ListStreamSessionsResponse> LIST_STREAM_SESSIONS =
            new Call<>("ListStreamSessions", IvsClient::listStreamSessions, IvsAsyncClient::listStreamSessions);
    public static final Call<PutMetadataRequest, PutMetadataResponse> PUT_METADATA =
            new Call<>("PutMetadata", IvsClient::putMetadata, IvsAsyncClient::putMetadata);

    // ---- private playback
    public static final Call<ImportPlaybackKeyPairRequest, ImportPlaybackKeyPairResponse> IMPORT_PLAYBACK_KEY_PAIR =
            new Call<>("ImportPlaybackKeyPair", IvsClient::importPlaybackKeyPair, IvsAsyncClient::importPlaybackKeyPair);
    public static final Call<GetPlaybackKeyPairRequest, GetPlaybackKeyPairResponse> GET_PLAYBACK_KEY_PAIR =
            new Call<>("GetPlaybackKeyPair", IvsClient::getPlaybackKeyPair, IvsAsyncClient::getPlaybackKeyPair);
    public static final Call<ListPlaybackKeyPairsRequest, ListPlaybackKeyPairsResponse> LIST_PLAYBACK_KEY_PAIRS =
            new Call<>("ListPlaybackKeyPairs", IvsClient::listPlaybackKeyPairs, IvsAsyncClient::listPlaybackKeyPairs);
    public static final Call<DeletePlaybackKeyPairRequest, DeletePlaybackKeyPairResponse> DELETE_PLAYBACK_KEY_PAIR =
            new Call<>("DeletePlaybackKeyPair", IvsClient::deletePlaybackKeyPair, IvsAsyncClient::deletePlaybackKeyPair);
    public static final Call<StartViewerSessionRevocationRequest, StartViewerSessionRevocationResponse>
            START_VIEWER_SESSION_REVOCATION = new Call<>("StartViewerSessionRevocation",
                    IvsClient::startViewerSessionRevocation, IvsAsyncClient::startViewerSessionRevocation);
    public static final Call<BatchStartViewerSessionRevocationRequest, BatchStartViewerSessionRevocationResponse>
            BATCH_START_VIEWER_SESSION_REVOCATION = new Call<>("BatchStartViewerSessionRevocation",
                    IvsClient::batchStartViewerSessionRevocation, IvsAsyncClient::batchStartViewerSessionRevocation);

    // ---- recording configurations
    public static final Call<CreateRecordingConfigurationRequest, CreateRecordingConfigurationResponse>
            CREATE_RECORDING_CONFIGURATION = new Call<>("CreateRecordingConfiguration",
                    IvsClient::createRecordingConfiguration, IvsAsyncClient::createRecordingConfiguration);
    public static final Call<GetRecordingConfigurationRequest, GetRecordingConfigurationResponse>
            GET_RECORDING_CONFIGURATION = new Call<>("GetRecordingConfiguration",
                    IvsClient::getRecordingConfiguration, IvsAsyncClient::getRecordingConfiguration);
    public static final Call<ListRecordingConfigurationsRequest, ListRecordingConfigurationsResponse>
            LIST_RECORDING_CONFIGURATIONS = new Call<>("ListRecordingConfigurations",
                    IvsClient::listRecordingConfigurations, IvsAsyncClient::listRecordingConfigurations);
    public static final Call<DeleteRecordingConfigurationRequest, DeleteRecordingConfigurationResponse>
            DELETE_RECORDING_CONFIGURATION = new Call<>("DeleteRecordingConfiguration",
                    IvsClient::deleteRecordingConfiguration, IvsAsyncClient::deleteRecordingConfiguration);

    // ---- playback restriction policies
    public static final Call<CreatePlaybackRestrictionPolicyRequest, CreatePlaybackRestrictionPolicyResponse>
            CREATE_PLAYBACK_RESTRICTION_POLICY = new Call<>("CreatePlaybackRestrictionPolicy",
                    IvsClient::createPlaybackRestrictionPolicy, IvsAsyncClient::createPlaybackRestrictionPolicy);
    public static final Call<GetPlaybackRestrictionPolicyRequest, GetPlaybackRestrictionPolicyResponse>
            GET_PLAYBACK_RESTRICTION_POLICY = new Call<>("GetPlaybackRestrictionPolicy",
                    IvsClient::getPlaybackRestrictionPolicy, IvsAsyncClient::getPlaybackRestrictionPolicy);
    public static final Call<ListPlaybackRestrictionPoliciesRequest, ListPlaybackRestrictionPoliciesResponse>
            LIST_PLAYBACK_RESTRICTION_POLICIES = new Call<>("ListPlaybackRestrictionPolicies",
                    IvsClient::listPlaybackRestrictionPolicies, IvsAsyncClient::listPlaybackRestrictionPolicies);
    public static final Call<UpdatePlaybackRestrictionPolicyRequest, UpdatePlaybackRestrictionPolicyResponse>
            UPDATE_PLAYBACK_RESTRICTION_POLICY = new Call<>("UpdatePlaybackRestrictionPolicy",
                    IvsClient::updatePlaybackRestrictionPolicy, IvsAsyncClient::updatePlaybackRestrictionPolicy);
    public static final Call<DeletePlaybackRestrictionPolicyRequest, DeletePlaybackRestrictionPolicyResponse>
            DELETE_PLAYBACK_RESTRICTION_POLICY = new Call<>("DeletePlaybackRestrictionPolicy",
                    IvsClient::deletePlaybackRestrictionPolicy, IvsAsyncClient::deletePlaybackRestrictionPolicy);

    // ---- tags
    public static final Call<TagResourceRequest, TagResourceResponse> TAG_RESOURCE =
            new Call<>("TagResource", IvsClient::tagResource, IvsAsyncClient::tagResource);
    public static final Call<UntagResourceRequest, UntagResourceResponse> UNTAG_RESOURCE =
            new Call<>("UntagResource", IvsClient::untagResource, IvsAsyncClient::untagResource);
    public static final Call<ListTagsForResourceRequest, ListTagsForResourceResponse> LIST_TAGS_FOR_RESOURCE =
            new Call<>("ListTagsForResource", IvsClient::listTagsForResource, IvsAsyncClient::listTagsForResource);

    private Calls() {
    }
}
