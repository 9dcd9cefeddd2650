#Signature file v4.1
#Version ivs-spring-boot-autoconfigure

CLSS public io.ivsjava.spring.autoconfigure.IvsAutoConfiguration
 anno 0 org.springframework.boot.autoconfigure.AutoConfiguration(java.lang.Class<?>[] after=[], java.lang.Class<?>[] before=[], java.lang.String value="", java.lang.String[] afterName=["io.awspring.cloud.autoconfigure.core.CredentialsProviderAutoConfiguration", "io.awspring.cloud.autoconfigure.core.RegionProviderAutoConfiguration"], java.lang.String[] beforeName=[])
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnClass(java.lang.Class<?>[] value=[class io.ivsjava.core.IvsConnection, class software.amazon.awssdk.awscore.client.builder.AwsClientBuilder], java.lang.String[] name=[])
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(boolean matchIfMissing=true, java.lang.String havingValue="true", java.lang.String prefix="spring.cloud.aws.ivs", java.lang.String[] name=["enabled"], java.lang.String[] value=[])
 anno 0 org.springframework.boot.context.properties.EnableConfigurationProperties(java.lang.Class<?>[] value=[class io.ivsjava.spring.autoconfigure.IvsProperties])
cons public init()
meth public io.ivsjava.core.IvsConnection ivsConnection(io.ivsjava.spring.autoconfigure.internal.IvsClientSettings)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] ignored=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[], java.lang.String[] ignoredType=[], java.lang.String[] name=[], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.context.annotation.Bean(boolean autowireCandidate=true, boolean defaultCandidate=true, java.lang.String destroyMethod="(inferred)", java.lang.String initMethod="", java.lang.String[] name=[], java.lang.String[] value=[], org.springframework.context.annotation.Bean$Bootstrap bootstrap=DEFAULT)
meth public io.ivsjava.spring.autoconfigure.internal.IvsClientSettings ivsClientSettings(io.ivsjava.spring.autoconfigure.IvsProperties,org.springframework.core.env.Environment,org.springframework.beans.factory.ObjectProvider<io.ivsjava.spring.autoconfigure.IvsConnectionDetails>,org.springframework.beans.factory.ObjectProvider<software.amazon.awssdk.auth.credentials.AwsCredentialsProvider>,org.springframework.beans.factory.ObjectProvider<software.amazon.awssdk.regions.providers.AwsRegionProvider>)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] ignored=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[], java.lang.String[] ignoredType=[], java.lang.String[] name=[], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.context.annotation.Bean(boolean autowireCandidate=true, boolean defaultCandidate=true, java.lang.String destroyMethod="(inferred)", java.lang.String initMethod="", java.lang.String[] name=[], java.lang.String[] value=[], org.springframework.context.annotation.Bean$Bootstrap bootstrap=DEFAULT)
supr java.lang.Object
hcls SpringCloudAwsCustomizers

CLSS public io.ivsjava.spring.autoconfigure.IvsChatAutoConfiguration
 anno 0 org.springframework.boot.autoconfigure.AutoConfiguration(java.lang.Class<?>[] after=[class io.ivsjava.spring.autoconfigure.IvsAutoConfiguration], java.lang.Class<?>[] before=[], java.lang.String value="", java.lang.String[] afterName=[], java.lang.String[] beforeName=[])
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[class io.ivsjava.spring.autoconfigure.internal.IvsClientSettings], java.lang.String[] name=[], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnClass(java.lang.Class<?>[] value=[class io.ivsjava.chat.IvsChat, class software.amazon.awssdk.services.ivschat.IvschatClient], java.lang.String[] name=[])
cons public init()
meth public io.ivsjava.chat.IvsChat ivsChat(software.amazon.awssdk.services.ivschat.IvschatClient)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] ignored=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[], java.lang.String[] ignoredType=[], java.lang.String[] name=[], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.context.annotation.Bean(boolean autowireCandidate=true, boolean defaultCandidate=true, java.lang.String destroyMethod="(inferred)", java.lang.String initMethod="", java.lang.String[] name=[], java.lang.String[] value=[], org.springframework.context.annotation.Bean$Bootstrap bootstrap=DEFAULT)
meth public software.amazon.awssdk.services.ivschat.IvschatClient ivschatClient(io.ivsjava.spring.autoconfigure.internal.IvsClientSettings,org.springframework.beans.factory.ObjectProvider<io.ivsjava.spring.autoconfigure.IvsSdkClientCustomizer>,org.springframework.beans.factory.ObjectProvider<io.ivsjava.spring.autoconfigure.IvsChatClientCustomizer>)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] ignored=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[], java.lang.String[] ignoredType=[], java.lang.String[] name=[], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.context.annotation.Bean(boolean autowireCandidate=true, boolean defaultCandidate=true, java.lang.String destroyMethod="(inferred)", java.lang.String initMethod="", java.lang.String[] name=[], java.lang.String[] value=[], org.springframework.context.annotation.Bean$Bootstrap bootstrap=DEFAULT)
supr java.lang.Object

CLSS public abstract interface io.ivsjava.spring.autoconfigure.IvsChatClientCustomizer
 anno 0 java.lang.FunctionalInterface()
meth public abstract void customize(software.amazon.awssdk.services.ivschat.IvschatClientBuilder)

CLSS public abstract interface io.ivsjava.spring.autoconfigure.IvsConnectionDetails
 anno 0 java.lang.FunctionalInterface()
intf org.springframework.boot.autoconfigure.service.connection.ConnectionDetails
meth public abstract io.ivsjava.core.IvsConnection connection()
meth public java.util.Optional<java.net.URI> chatMessagingEndpoint()

CLSS public abstract interface io.ivsjava.spring.autoconfigure.IvsEventDispatcherCustomizer
 anno 0 java.lang.FunctionalInterface()
meth public abstract void customize(io.ivsjava.events.IvsEventDispatcher)

CLSS public io.ivsjava.spring.autoconfigure.IvsEventsAutoConfiguration
 anno 0 org.springframework.boot.autoconfigure.AutoConfiguration(java.lang.Class<?>[] after=[], java.lang.Class<?>[] before=[], java.lang.String value="", java.lang.String[] afterName=[], java.lang.String[] beforeName=[])
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnClass(java.lang.Class<?>[] value=[class io.ivsjava.events.IvsEventDispatcher], java.lang.String[] name=[])
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(boolean matchIfMissing=true, java.lang.String havingValue="true", java.lang.String prefix="spring.cloud.aws.ivs", java.lang.String[] name=["enabled"], java.lang.String[] value=[])
cons public init()
meth public io.ivsjava.events.IvsEventDispatcher ivsEventDispatcher(org.springframework.beans.factory.ObjectProvider<io.ivsjava.spring.autoconfigure.IvsEventDispatcherCustomizer>)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] ignored=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[], java.lang.String[] ignoredType=[], java.lang.String[] name=[], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.context.annotation.Bean(boolean autowireCandidate=true, boolean defaultCandidate=true, java.lang.String destroyMethod="(inferred)", java.lang.String initMethod="", java.lang.String[] name=[], java.lang.String[] value=[], org.springframework.context.annotation.Bean$Bootstrap bootstrap=DEFAULT)
supr java.lang.Object

CLSS public io.ivsjava.spring.autoconfigure.IvsHealthContributorAutoConfiguration
 anno 0 org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator(java.lang.String value="ivs")
 anno 0 org.springframework.boot.autoconfigure.AutoConfiguration(java.lang.Class<?>[] after=[class io.ivsjava.spring.autoconfigure.IvsRealTimeAutoConfiguration, class io.ivsjava.spring.autoconfigure.IvsLowLatencyAutoConfiguration, class io.ivsjava.spring.autoconfigure.IvsChatAutoConfiguration], java.lang.Class<?>[] before=[], java.lang.String value="", java.lang.String[] afterName=["org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration"], java.lang.String[] beforeName=[])
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[class io.ivsjava.spring.autoconfigure.internal.IvsClientSettings], java.lang.String[] name=[], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnClass(java.lang.Class<?>[] value=[class org.springframework.boot.actuate.health.HealthIndicator], java.lang.String[] name=[])
cons public init()
meth public org.springframework.boot.actuate.health.HealthIndicator ivsHealthIndicator(org.springframework.beans.factory.ObjectProvider<io.ivsjava.spring.autoconfigure.internal.IvsHealthIndicator$Probe>,io.ivsjava.spring.autoconfigure.internal.IvsClientSettings)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] ignored=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[], java.lang.String[] ignoredType=[], java.lang.String[] name=["ivsHealthIndicator"], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.context.annotation.Bean(boolean autowireCandidate=true, boolean defaultCandidate=true, java.lang.String destroyMethod="(inferred)", java.lang.String initMethod="", java.lang.String[] name=[], java.lang.String[] value=[], org.springframework.context.annotation.Bean$Bootstrap bootstrap=DEFAULT)
supr java.lang.Object
hcls ChatProbe,LowLatencyProbe,RealTimeProbe

CLSS public io.ivsjava.spring.autoconfigure.IvsLiveAutoConfiguration
 anno 0 org.springframework.boot.autoconfigure.AutoConfiguration(java.lang.Class<?>[] after=[class io.ivsjava.spring.autoconfigure.IvsRealTimeAutoConfiguration, class io.ivsjava.spring.autoconfigure.IvsLowLatencyAutoConfiguration, class io.ivsjava.spring.autoconfigure.IvsChatAutoConfiguration], java.lang.Class<?>[] before=[], java.lang.String value="", java.lang.String[] afterName=[], java.lang.String[] beforeName=[])
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[class io.ivsjava.realtime.IvsRealTime, class io.ivsjava.lowlatency.IvsLowLatency], java.lang.String[] name=[], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnClass(java.lang.Class<?>[] value=[class io.ivsjava.live.IvsLive], java.lang.String[] name=[])
cons public init()
meth public io.ivsjava.live.IvsLive ivsLive(io.ivsjava.spring.autoconfigure.IvsProperties,io.ivsjava.realtime.IvsRealTime,io.ivsjava.lowlatency.IvsLowLatency,org.springframework.beans.factory.ObjectProvider<io.ivsjava.live.InviteStore>,org.springframework.beans.factory.ObjectProvider<io.ivsjava.chat.IvsChat>,org.springframework.beans.factory.ObjectProvider<io.ivsjava.live.ChatBanStore>,org.springframework.beans.factory.ObjectProvider<io.ivsjava.spring.autoconfigure.internal.IvsClientSettings>)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] ignored=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[], java.lang.String[] ignoredType=[], java.lang.String[] name=[], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.context.annotation.Bean(boolean autowireCandidate=true, boolean defaultCandidate=true, java.lang.String destroyMethod="(inferred)", java.lang.String initMethod="", java.lang.String[] name=[], java.lang.String[] value=[], org.springframework.context.annotation.Bean$Bootstrap bootstrap=DEFAULT)
supr java.lang.Object
hfds LIVE

CLSS public io.ivsjava.spring.autoconfigure.IvsLowLatencyAutoConfiguration
 anno 0 org.springframework.boot.autoconfigure.AutoConfiguration(java.lang.Class<?>[] after=[class io.ivsjava.spring.autoconfigure.IvsAutoConfiguration], java.lang.Class<?>[] before=[], java.lang.String value="", java.lang.String[] afterName=[], java.lang.String[] beforeName=[])
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[class io.ivsjava.spring.autoconfigure.internal.IvsClientSettings], java.lang.String[] name=[], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnClass(java.lang.Class<?>[] value=[class io.ivsjava.lowlatency.IvsLowLatency, class software.amazon.awssdk.services.ivs.IvsClient], java.lang.String[] name=[])
cons public init()
meth public io.ivsjava.lowlatency.IvsLowLatency ivsLowLatency(software.amazon.awssdk.services.ivs.IvsClient)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] ignored=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[], java.lang.String[] ignoredType=[], java.lang.String[] name=[], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.context.annotation.Bean(boolean autowireCandidate=true, boolean defaultCandidate=true, java.lang.String destroyMethod="(inferred)", java.lang.String initMethod="", java.lang.String[] name=[], java.lang.String[] value=[], org.springframework.context.annotation.Bean$Bootstrap bootstrap=DEFAULT)
meth public software.amazon.awssdk.services.ivs.IvsClient ivsClient(io.ivsjava.spring.autoconfigure.internal.IvsClientSettings,org.springframework.beans.factory.ObjectProvider<io.ivsjava.spring.autoconfigure.IvsSdkClientCustomizer>,org.springframework.beans.factory.ObjectProvider<io.ivsjava.spring.autoconfigure.IvsLowLatencyClientCustomizer>)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] ignored=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[], java.lang.String[] ignoredType=[], java.lang.String[] name=[], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.context.annotation.Bean(boolean autowireCandidate=true, boolean defaultCandidate=true, java.lang.String destroyMethod="(inferred)", java.lang.String initMethod="", java.lang.String[] name=[], java.lang.String[] value=[], org.springframework.context.annotation.Bean$Bootstrap bootstrap=DEFAULT)
supr java.lang.Object

CLSS public abstract interface io.ivsjava.spring.autoconfigure.IvsLowLatencyClientCustomizer
 anno 0 java.lang.FunctionalInterface()
meth public abstract void customize(software.amazon.awssdk.services.ivs.IvsClientBuilder)

CLSS public io.ivsjava.spring.autoconfigure.IvsMetricsAutoConfiguration
 anno 0 org.springframework.boot.autoconfigure.AutoConfiguration(java.lang.Class<?>[] after=[], java.lang.Class<?>[] before=[], java.lang.String value="", java.lang.String[] afterName=["org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration", "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration", "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"], java.lang.String[] beforeName=[])
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[class io.micrometer.core.instrument.MeterRegistry], java.lang.String[] name=[], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnClass(java.lang.Class<?>[] value=[class io.micrometer.core.instrument.MeterRegistry, class software.amazon.awssdk.core.interceptor.ExecutionInterceptor], java.lang.String[] name=[])
cons public init()
meth public io.ivsjava.spring.autoconfigure.IvsSdkClientCustomizer ivsMetricsClientCustomizer(io.micrometer.core.instrument.MeterRegistry)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] ignored=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[], java.lang.String[] ignoredType=[], java.lang.String[] name=["ivsMetricsClientCustomizer"], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.context.annotation.Bean(boolean autowireCandidate=true, boolean defaultCandidate=true, java.lang.String destroyMethod="(inferred)", java.lang.String initMethod="", java.lang.String[] name=[], java.lang.String[] value=[], org.springframework.context.annotation.Bean$Bootstrap bootstrap=DEFAULT)
supr java.lang.Object

CLSS public final io.ivsjava.spring.autoconfigure.IvsProperties
supr java.lang.Object

CLSS public final io.ivsjava.spring.autoconfigure.IvsProperties$Chat
supr java.lang.Object

CLSS public final io.ivsjava.spring.autoconfigure.IvsProperties$Live
supr java.lang.Object

CLSS public final io.ivsjava.spring.autoconfigure.IvsProperties$LiveChat
supr java.lang.Object

CLSS public final io.ivsjava.spring.autoconfigure.IvsProperties$ParticipantTokenKey
supr java.lang.Object

CLSS public final io.ivsjava.spring.autoconfigure.IvsProperties$TokenKey
supr java.lang.Object

CLSS public io.ivsjava.spring.autoconfigure.IvsRealTimeAutoConfiguration
 anno 0 org.springframework.boot.autoconfigure.AutoConfiguration(java.lang.Class<?>[] after=[class io.ivsjava.spring.autoconfigure.IvsAutoConfiguration], java.lang.Class<?>[] before=[], java.lang.String value="", java.lang.String[] afterName=[], java.lang.String[] beforeName=[])
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[class io.ivsjava.spring.autoconfigure.internal.IvsClientSettings], java.lang.String[] name=[], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnClass(java.lang.Class<?>[] value=[class io.ivsjava.realtime.IvsRealTime, class software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient], java.lang.String[] name=[])
cons public init()
meth public io.ivsjava.realtime.IvsRealTime ivsRealTime(software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] ignored=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[], java.lang.String[] ignoredType=[], java.lang.String[] name=[], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.context.annotation.Bean(boolean autowireCandidate=true, boolean defaultCandidate=true, java.lang.String destroyMethod="(inferred)", java.lang.String initMethod="", java.lang.String[] name=[], java.lang.String[] value=[], org.springframework.context.annotation.Bean$Bootstrap bootstrap=DEFAULT)
meth public software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClient ivsRealTimeClient(io.ivsjava.spring.autoconfigure.internal.IvsClientSettings,org.springframework.beans.factory.ObjectProvider<io.ivsjava.spring.autoconfigure.IvsSdkClientCustomizer>,org.springframework.beans.factory.ObjectProvider<io.ivsjava.spring.autoconfigure.IvsRealTimeClientCustomizer>)
 anno 0 org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation=[], java.lang.Class<?>[] ignored=[], java.lang.Class<?>[] parameterizedContainer=[], java.lang.Class<?>[] value=[], java.lang.String[] ignoredType=[], java.lang.String[] name=[], java.lang.String[] type=[], org.springframework.boot.autoconfigure.condition.SearchStrategy search=ALL)
 anno 0 org.springframework.context.annotation.Bean(boolean autowireCandidate=true, boolean defaultCandidate=true, java.lang.String destroyMethod="(inferred)", java.lang.String initMethod="", java.lang.String[] name=[], java.lang.String[] value=[], org.springframework.context.annotation.Bean$Bootstrap bootstrap=DEFAULT)
supr java.lang.Object

CLSS public abstract interface io.ivsjava.spring.autoconfigure.IvsRealTimeClientCustomizer
 anno 0 java.lang.FunctionalInterface()
meth public abstract void customize(software.amazon.awssdk.services.ivsrealtime.IvsRealTimeClientBuilder)

CLSS public abstract interface io.ivsjava.spring.autoconfigure.IvsSdkClientCustomizer
 anno 0 java.lang.FunctionalInterface()
meth public abstract void customize(software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<?,?>)

CLSS abstract interface io.ivsjava.spring.autoconfigure.package-info
 anno 0 org.jspecify.annotations.NullMarked()

CLSS public abstract interface !annotation java.lang.FunctionalInterface
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
intf java.lang.annotation.Annotation

CLSS public java.lang.Object
cons public init()
meth protected java.lang.Object clone() throws java.lang.CloneNotSupportedException
meth protected void finalize() throws java.lang.Throwable
 anno 0 java.lang.Deprecated(boolean forRemoval=false, java.lang.String since="9")
meth public boolean equals(java.lang.Object)
meth public final java.lang.Class<?> getClass()
meth public final void notify()
meth public final void notifyAll()
meth public final void wait() throws java.lang.InterruptedException
meth public final void wait(long) throws java.lang.InterruptedException
meth public final void wait(long,int) throws java.lang.InterruptedException
meth public int hashCode()
meth public java.lang.String toString()

CLSS public abstract interface java.lang.annotation.Annotation
meth public abstract boolean equals(java.lang.Object)
meth public abstract int hashCode()
meth public abstract java.lang.Class<? extends java.lang.annotation.Annotation> annotationType()
meth public abstract java.lang.String toString()

CLSS public abstract interface !annotation java.lang.annotation.Documented
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[ANNOTATION_TYPE])
intf java.lang.annotation.Annotation

CLSS public abstract interface !annotation java.lang.annotation.Repeatable
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[ANNOTATION_TYPE])
intf java.lang.annotation.Annotation
meth public abstract java.lang.Class<? extends java.lang.annotation.Annotation> value()

CLSS public abstract interface !annotation java.lang.annotation.Retention
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[ANNOTATION_TYPE])
intf java.lang.annotation.Annotation
meth public abstract java.lang.annotation.RetentionPolicy value()

CLSS public abstract interface !annotation java.lang.annotation.Target
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[ANNOTATION_TYPE])
intf java.lang.annotation.Annotation
meth public abstract java.lang.annotation.ElementType[] value()

CLSS public abstract interface !annotation org.jspecify.annotations.NullMarked
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[MODULE, PACKAGE, TYPE, METHOD, CONSTRUCTOR])
intf java.lang.annotation.Annotation

CLSS public abstract interface !annotation org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE, METHOD])
 anno 0 org.springframework.context.annotation.Conditional(java.lang.Class<? extends org.springframework.context.annotation.Condition>[] value=[class org.springframework.boot.actuate.autoconfigure.health.OnEnabledHealthIndicatorCondition])
intf java.lang.annotation.Annotation
meth public abstract java.lang.String value()

CLSS public abstract interface !annotation org.springframework.boot.autoconfigure.AutoConfiguration
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
 anno 0 org.springframework.boot.autoconfigure.AutoConfigureAfter(java.lang.Class<?>[] value=[], java.lang.String[] name=[])
 anno 0 org.springframework.boot.autoconfigure.AutoConfigureBefore(java.lang.Class<?>[] value=[], java.lang.String[] name=[])
 anno 0 org.springframework.context.annotation.Configuration(boolean enforceUniqueMethods=true, boolean proxyBeanMethods=false, java.lang.String value="")
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.Class<?>[] after()
 anno 0 org.springframework.core.annotation.AliasFor(java.lang.Class<? extends java.lang.annotation.Annotation> annotation=class org.springframework.boot.autoconfigure.AutoConfigureAfter, java.lang.String attribute="value", java.lang.String value="")
meth public abstract !hasdefault java.lang.Class<?>[] before()
 anno 0 org.springframework.core.annotation.AliasFor(java.lang.Class<? extends java.lang.annotation.Annotation> annotation=class org.springframework.boot.autoconfigure.AutoConfigureBefore, java.lang.String attribute="value", java.lang.String value="")
meth public abstract !hasdefault java.lang.String value()
 anno 0 org.springframework.core.annotation.AliasFor(java.lang.Class<? extends java.lang.annotation.Annotation> annotation=class org.springframework.context.annotation.Configuration, java.lang.String attribute="", java.lang.String value="")
meth public abstract !hasdefault java.lang.String[] afterName()
 anno 0 org.springframework.core.annotation.AliasFor(java.lang.Class<? extends java.lang.annotation.Annotation> annotation=class org.springframework.boot.autoconfigure.AutoConfigureAfter, java.lang.String attribute="name", java.lang.String value="")
meth public abstract !hasdefault java.lang.String[] beforeName()
 anno 0 org.springframework.core.annotation.AliasFor(java.lang.Class<? extends java.lang.annotation.Annotation> annotation=class org.springframework.boot.autoconfigure.AutoConfigureBefore, java.lang.String attribute="name", java.lang.String value="")

CLSS public abstract interface !annotation org.springframework.boot.autoconfigure.AutoConfigureAfter
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.Class<?>[] value()
meth public abstract !hasdefault java.lang.String[] name()

CLSS public abstract interface !annotation org.springframework.boot.autoconfigure.AutoConfigureBefore
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.Class<?>[] value()
meth public abstract !hasdefault java.lang.String[] name()

CLSS public abstract interface !annotation org.springframework.boot.autoconfigure.condition.ConditionalOnBean
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE, METHOD])
 anno 0 org.springframework.context.annotation.Conditional(java.lang.Class<? extends org.springframework.context.annotation.Condition>[] value=[class org.springframework.boot.autoconfigure.condition.OnBeanCondition])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.Class<? extends java.lang.annotation.Annotation>[] annotation()
meth public abstract !hasdefault java.lang.Class<?>[] parameterizedContainer()
meth public abstract !hasdefault java.lang.Class<?>[] value()
meth public abstract !hasdefault java.lang.String[] name()
meth public abstract !hasdefault java.lang.String[] type()
meth public abstract !hasdefault org.springframework.boot.autoconfigure.condition.SearchStrategy search()

CLSS public abstract interface !annotation org.springframework.boot.autoconfigure.condition.ConditionalOnClass
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE, METHOD])
 anno 0 org.springframework.context.annotation.Conditional(java.lang.Class<? extends org.springframework.context.annotation.Condition>[] value=[class org.springframework.boot.autoconfigure.condition.OnClassCondition])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.Class<?>[] value()
meth public abstract !hasdefault java.lang.String[] name()

CLSS public abstract interface !annotation org.springframework.boot.autoconfigure.condition.ConditionalOnProperty
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Repeatable(java.lang.Class<? extends java.lang.annotation.Annotation> value=class org.springframework.boot.autoconfigure.condition.ConditionalOnProperties)
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE, METHOD])
 anno 0 org.springframework.context.annotation.Conditional(java.lang.Class<? extends org.springframework.context.annotation.Condition>[] value=[class org.springframework.boot.autoconfigure.condition.OnPropertyCondition])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault boolean matchIfMissing()
meth public abstract !hasdefault java.lang.String havingValue()
meth public abstract !hasdefault java.lang.String prefix()
meth public abstract !hasdefault java.lang.String[] name()
meth public abstract !hasdefault java.lang.String[] value()

CLSS public abstract interface org.springframework.boot.autoconfigure.service.connection.ConnectionDetails

CLSS public abstract interface !annotation org.springframework.boot.context.properties.EnableConfigurationProperties
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
 anno 0 org.springframework.context.annotation.Import(java.lang.Class<?>[] value=[class org.springframework.boot.context.properties.EnableConfigurationPropertiesRegistrar])
fld public final static java.lang.String VALIDATOR_BEAN_NAME = "configurationPropertiesValidator"
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.Class<?>[] value()

CLSS public abstract interface !annotation org.springframework.context.annotation.Conditional
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE, METHOD])
intf java.lang.annotation.Annotation
meth public abstract java.lang.Class<? extends org.springframework.context.annotation.Condition>[] value()

CLSS public abstract interface !annotation org.springframework.context.annotation.Configuration
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
 anno 0 org.springframework.stereotype.Component(java.lang.String value="")
intf java.lang.annotation.Annotation
meth public abstract !hasdefault boolean enforceUniqueMethods()
meth public abstract !hasdefault boolean proxyBeanMethods()
meth public abstract !hasdefault java.lang.String value()
 anno 0 org.springframework.core.annotation.AliasFor(java.lang.Class<? extends java.lang.annotation.Annotation> annotation=class org.springframework.stereotype.Component, java.lang.String attribute="", java.lang.String value="")

CLSS public abstract interface !annotation org.springframework.context.annotation.Import
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
intf java.lang.annotation.Annotation
meth public abstract java.lang.Class<?>[] value()

CLSS public abstract interface !annotation org.springframework.stereotype.Component
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
 anno 0 org.springframework.stereotype.Indexed()
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.String value()

CLSS public abstract interface !annotation org.springframework.stereotype.Indexed
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
intf java.lang.annotation.Annotation

