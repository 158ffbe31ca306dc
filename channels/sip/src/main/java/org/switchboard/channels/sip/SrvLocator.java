package org.switchboard.channels.sip;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.ChannelException;

/**
 * Finds an account's SIP server when none is given, as RFC 3263 §4.2 asks: the DNS SRV records of the
 * account's domain for its transport ({@code _sip._udp}, {@code _sip._tcp}, {@code _sips._tcp}), the
 * lowest priority first and among equals by weight (RFC 2782), the target's address from the same DNS.
 * With no SRV records the domain itself on the transport's default port is used. The transport is the
 * user's choice, so NAPTR is not consulted. TLS still checks the certificate against the domain.
 */
public final class SrvLocator {
    private static final Logger LOG = LoggerFactory.getLogger(SrvLocator.class);
    private final String dnsUrl;

    private SrvLocator(String dnsUrl) {
        this.dnsUrl = dnsUrl;
    }

    /** The system's DNS resolvers. */
    public static SrvLocator system() {
        return new SrvLocator("dns:");
    }

    /** One DNS server ({@code 127.0.0.1} and a port in the tests). */
    public static SrvLocator at(String host, int port) {
        return new SrvLocator("dns://" + host + ":" + port);
    }

    /** One SRV record. */
    record Target(int priority, int weight, int port, String host) {}

    /**
     * Where {@code domain}'s SIP service over {@code transport} is: the chosen SRV target's address and
     * port, or the domain on the default port when it publishes none.
     *
     * @throws ChannelException.NotConnected when the domain says it has no such service (target ".") or
     *     the target has no address
     */
    SipAccount.Server locate(String domain, SipTransport transport) throws ChannelException {
        String service = srvName(transport) + "." + domain;
        List<Target> targets = records(service);
        if (targets.isEmpty()) {
            LOG.debug("No SRV records for {}; using {}:{}", service, domain, transport.defaultPort());
            return new SipAccount.Server(domain, transport.defaultPort());
        }
        Target chosen = choose(targets);
        if (chosen.host().equals(".") || chosen.host().isEmpty()) {
            throw new ChannelException.NotConnected(domain + " says it offers no SIP service over " + transport.id().toUpperCase(
                    Locale.ROOT) + " (DNS SRV " + service + ").", null);
        }
        String address = address(chosen.host());
        LOG.info("SIP server of {} over {}: {} ({}) port {} (DNS SRV)", domain, transport.id(), chosen.host(), address, chosen.port());
        return new SipAccount.Server(address, chosen.port());
    }

    static String srvName(SipTransport transport) {
        return switch (transport) {
            case UDP -> "_sip._udp";
            case TCP -> "_sip._tcp";
            case TLS -> "_sips._tcp";
        };
    }

    /** The lowest priority; among its records one picked at random by weight (a weight of 0 only when all are 0). */
    static Target choose(List<Target> targets) {
        int best = targets.stream().mapToInt(Target::priority).min().orElseThrow();
        List<Target> candidates = targets.stream().filter(t -> t.priority() == best)
                .sorted(Comparator.comparingInt(Target::weight)).toList();
        int total = candidates.stream().mapToInt(Target::weight).sum();
        if (total == 0) {
            return candidates.getFirst();
        }
        int pick = ThreadLocalRandom.current().nextInt(total) + 1;
        for (Target target : candidates) {
            pick -= target.weight();
            if (pick <= 0) {
                return target;
            }
        }
        return candidates.getLast();
    }

    /** {@code "10 60 5060 sip1.example.org."} as a record; IllegalArgumentException when it is not one. */
    static Target parse(String record) {
        String[] parts = record.strip().split("\\s+");
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an SRV record: \"" + record + "\"");
        }
        String host = parts[3].endsWith(".") && parts[3].length() > 1 ? parts[3].substring(0, parts[3].length() - 1) : parts[3];
        return new Target(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), host);
    }

    private List<Target> records(String name) {
        List<Target> found = new ArrayList<>();
        try {
            Attribute srv = context().getAttributes(name, new String[] {"SRV"}).get("SRV");
            if (srv != null) {
                NamingEnumeration<?> values = srv.getAll();
                while (values.hasMore()) {
                    found.add(parse(values.next().toString()));
                }
            }
        } catch (NameNotFoundException e) {
            return List.of();
        } catch (NamingException | IllegalArgumentException e) {
            LOG.warn("DNS SRV lookup of {} failed ({}); trying the domain itself", name, e.toString());
            return List.of();
        }
        return found;
    }

    /** The target's IPv4 (else IPv6) address from the same DNS; the system's resolver when it has none. */
    private String address(String host) throws ChannelException {
        for (String type : new String[] {"A", "AAAA"}) {
            try {
                Attribute records = context().getAttributes(host, new String[] {type}).get(type);
                if (records != null && records.size() > 0) {
                    return records.get(0).toString().strip();
                }
            } catch (NamingException e) {
                LOG.debug("No {} record of {} from {}: {}", type, host, dnsUrl, e.toString());
            }
        }
        try {
            return InetAddress.getByName(host).getHostAddress();
        } catch (UnknownHostException e) {
            throw new ChannelException.NotConnected("The SIP server " + host + " (from DNS SRV) cannot be found.", e);
        }
    }

    private DirContext context() throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
        env.put(Context.PROVIDER_URL, dnsUrl);
        env.put("com.sun.jndi.dns.timeout.initial", "1500");
        env.put("com.sun.jndi.dns.timeout.retries", "2");
        return new InitialDirContext(env);
    }
}
