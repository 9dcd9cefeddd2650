package io.ivsjava.benchmarks;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScratchSignBenchmark {
    byte[] data = "eyJhbGciOiJFUzM4NCIsInR5cCI6IkpXVCJ9.eyJleHAiOjE5MDAwMDAwMDAsImlhdCI6MTcwMDAwMDAwMCwianRpIjoiYWJjZGVmZ2hpamtsIiwicmVzb3VyY2UiOiJhcm46YXdzOml2czp1cy13ZXN0LTI6MTIzNDU2Nzg5MDEyOnN0YWdlL2FiY2RBQkNEZWZnaCJ9xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx".getBytes(StandardCharsets.US_ASCII);
    ECPrivateKey key;
    Signature sunEc;
    Signature accp;
    Signature accpForeignKey;
    Provider accpProvider;
    PrivateKey accpKey;
    ECDomainParameters domain;
    ECPrivateKeyParameters bcKey;
    SecureRandom random = new SecureRandom();

    @Setup
    public void setUp() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp384r1"));
        KeyPair pair = g.generateKeyPair();
        key = (ECPrivateKey) pair.getPrivate();
        sunEc = Signature.getInstance("SHA384withECDSAinP1363Format", "SunEC");
        sunEc.initSign(key);
        accpProvider = com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider.INSTANCE;
        accpProvider.getClass().getMethod("assertHealthy").invoke(accpProvider);
        accpKey = KeyFactory.getInstance("EC", accpProvider).translateKey(key) instanceof PrivateKey p ? p : null;
        accp = Signature.getInstance("SHA384withECDSAinP1363Format", accpProvider);
        accp.initSign(accpKey);
        accpForeignKey = Signature.getInstance("SHA384withECDSAinP1363Format", accpProvider);
        X9ECParameters x9 = CustomNamedCurves.getByName("P-384");
        domain = new ECDomainParameters(x9.getCurve(), x9.getG(), x9.getN(), x9.getH(), x9.getSeed());
        bcKey = new ECPrivateKeyParameters(key.getS(), domain);
    }

    @Benchmark
    public byte[] sunEcReused() throws Exception {
        sunEc.update(data);
        return sunEc.sign();
    }

    @Benchmark
    public byte[] sunEcPerCall() throws Exception {
        Signature s = Signature.getInstance("SHA384withECDSAinP1363Format");
        s.initSign(key);
        s.update(data);
        return s.sign();
    }

    @Benchmark
    public byte[] accpReused() throws Exception {
        accp.update(data);
        return accp.sign();
    }

    @Benchmark
    public byte[] accpPerCallNativeKey() throws Exception {
        Signature s = Signature.getInstance("SHA384withECDSAinP1363Format", accpProvider);
        s.initSign(accpKey);
        s.update(data);
        return s.sign();
    }

    @Benchmark
    public byte[] accpPerCallForeignKey() throws Exception {
        Signature s = Signature.getInstance("SHA384withECDSAinP1363Format", accpProvider);
        s.initSign(key);
        s.update(data);
        return s.sign();
    }

    @Benchmark
    public BigInteger[] bcDeterministic() {
        SHA384Digest d = new SHA384Digest();
        d.update(data, 0, data.length);
        byte[] h = new byte[48];
        d.doFinal(h, 0);
        ECDSASigner s = new ECDSASigner(new HMacDSAKCalculator(new SHA384Digest()));
        s.init(true, bcKey);
        return s.generateSignature(h);
    }

    @Benchmark
    public BigInteger[] bcRandom() {
        SHA384Digest d = new SHA384Digest();
        d.update(data, 0, data.length);
        byte[] h = new byte[48];
        d.doFinal(h, 0);
        ECDSASigner s = new ECDSASigner();
        s.init(true, new ParametersWithRandom(bcKey, random));
        return s.generateSignature(h);
    }
}
