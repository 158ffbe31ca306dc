package org.switchboard.app.doctor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;

/** Can the machine reach the account's server at all: does its name resolve, does its port answer? */
final class ServerReach {
    private final Duration timeout;

    ServerReach(Duration timeout) {
        this.timeout = timeout;
    }

    Finding check(Account account) {
        String key = account.key();
        if (account.server().isEmpty()) {
            return Finding.ok(key, "server", "the server is found by DNS SRV for " + domain(account) + " at each login");
        }
        String server = account.server();
        int colon = server.lastIndexOf(':');
        String host = server.substring(0, colon).replaceAll("^\\[|]$", "");
        int port = Integer.parseInt(server.substring(colon + 1));
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return Finding.problem(key, "server", "the server name " + host + " does not resolve: check the spelling or the DNS");
        }
        if (account.kind() == EndpointKind.SIP && account.transport().equals("udp")) {
            return Finding.ok(key, "server", host + " resolves to " + address.getHostAddress()
                    + " (UDP: whether it answers shows in the registration below)");
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
            return Finding.ok(key, "server", server + " answers");
        } catch (IOException e) {
            return Finding.problem(key, "server", "cannot reach " + server + ": " + e.getMessage()
                    + " — is the server running, the port right, or a firewall in the way?");
        }
    }

    private static String domain(Account account) {
        String address = account.address().replaceFirst("^sips?:", "");
        return address.substring(address.indexOf('@') + 1);
    }
}
