package org.switchboard.channels.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.sip.testing.DnsServer;
import org.switchboard.channels.sip.testing.KamailioServer;
import org.switchboard.channels.sip.testing.SignallingOnlyMedia;

/**
 * An account without a server finds it by DNS SRV (RFC 3263), here from a private dnsmasq that
 * publishes the harness's Kamailio: the lowest priority wins, a "." target means no service, and a
 * domain without records is tried itself on the default port.
 */
class SipSrvTest {
    @RegisterExtension
    static final KamailioServer KAMAILIO = new KamailioServer("alice").withTls();
    private static final SignallingOnlyMedia MEDIA = new SignallingOnlyMedia();
    private static DnsServer dns;
    private static SipChannelFactory factory;

    @BeforeAll
    static void start() throws Exception {
        dns = new DnsServer()
                .srv("_sip._udp." + KamailioServer.DOMAIN, "pbx." + KamailioServer.DOMAIN, KAMAILIO.port(), 10, 5)
                .srv("_sip._udp." + KamailioServer.DOMAIN, "backup." + KamailioServer.DOMAIN, 9, 20, 100)
                .host("pbx." + KamailioServer.DOMAIN, "127.0.0.1")
                .host("backup." + KamailioServer.DOMAIN, "127.0.0.2")
                .noService("_sip._tcp." + KamailioServer.DOMAIN)
                .start();
        factory = new SipChannelFactory(Runnable::run, MEDIA, SipTrust.system()).withServers(SrvLocator.at("127.0.0.1", dns.port()));
    }

    @AfterAll
    static void stop() throws Exception {
        dns.close();
        MEDIA.close();
    }

    private static SipAccount alice(SipTransport transport) {
        return SipAccount.of("sip:alice@" + KamailioServer.DOMAIN, KamailioServer.PASSWORD::toCharArray).withTransport(transport);
    }

    @Test
    void anAccountWithoutAServerRegistersAtTheSrvTargetWithTheLowestPriority() throws Exception {
        try (SipChannel channel = factory.create(alice(SipTransport.UDP))) {
            channel.connect().get(15, TimeUnit.SECONDS);

            assertThat(KAMAILIO.contacts("alice")).isNotEmpty();
            assertThat(dns.log()).contains("_sip._udp.example.test");
        }
    }

    @Test
    void aDotTargetSaysTheDomainOffersNoSuchService() {
        try (SipChannel channel = factory.create(alice(SipTransport.TCP))) {
            assertThatThrownBy(() -> channel.connect().get(15, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause()
                    .isInstanceOf(ChannelException.NotConnected.class)
                    .hasMessageContaining("example.test says it offers no SIP service over TCP");
        }
    }

    @Test
    void aDomainWithoutRecordsIsTriedItselfOnTheTransportsDefaultPort() throws Exception {
        SipAccount.Server server = SrvLocator.at("127.0.0.1", dns.port()).locate(KamailioServer.DOMAIN, SipTransport.TLS);

        assertThat(server).isEqualTo(new SipAccount.Server(KamailioServer.DOMAIN, 5061));
        assertThat(dns.log()).contains("_sips._tcp.example.test");
    }

    @Test
    void recordsAreReadAndChosenByPriorityThenWeight() {
        SrvLocator.Target record = SrvLocator.parse("10 60 5060 sip1.example.org.");
        assertThat(record).isEqualTo(new SrvLocator.Target(10, 60, 5060, "sip1.example.org"));
        assertThatThrownBy(() -> SrvLocator.parse("garbage")).hasMessageContaining("\"garbage\"");

        var heavy = new SrvLocator.Target(10, 100, 5060, "heavy");
        var none = new SrvLocator.Target(10, 0, 5060, "none");
        var later = new SrvLocator.Target(20, 1000, 5060, "later");
        for (int i = 0; i < 50; i++) {
            assertThat(SrvLocator.choose(java.util.List.of(later, none, heavy))).isEqualTo(heavy);
        }
        assertThat(SrvLocator.choose(java.util.List.of(later, new SrvLocator.Target(10, 0, 1, "zero")))).extracting(
                SrvLocator.Target::host).isEqualTo("zero");
    }
}
