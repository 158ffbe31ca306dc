package org.switchboard.app.shell;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.accounts.AccountRepository;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.Conversation;
import org.switchboard.contacts.history.Correction;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.HistoryCursor;
import org.switchboard.contacts.history.HistoryEntry;
import org.switchboard.contacts.history.HistoryId;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.history.MessageRecord;
import org.switchboard.contacts.history.SearchHit;

/**
 * The ports of a GUI started without a profile database or secret store (demos, address-book-only
 * tests): no accounts and no history, and every attempt to store one is refused in plain words.
 */
final class Unconfigured {
    static final AccountRepository ACCOUNTS = new NoAccounts();
    static final SecretStore SECRETS = new NoSecrets();
    static final MessageHistory HISTORY = new NoHistory();

    private Unconfigured() {}

    private static final class NoAccounts implements AccountRepository {
        @Override
        public List<Account> findAll() {
            return List.of();
        }

        @Override
        public Optional<Account> find(EndpointKind kind, String address) {
            return Optional.empty();
        }

        @Override
        public Account save(Account account) {
            throw new UnsupportedOperationException("This address book cannot store accounts");
        }

        @Override
        public boolean remove(EndpointKind kind, String address) {
            return false;
        }
    }

    private static final class NoSecrets implements SecretStore {
        @Override
        public void store(String accountKey, char[] secret) {
            throw new UnsupportedOperationException("No secret store is available to keep the password");
        }

        @Override
        public Optional<char[]> lookup(String accountKey) {
            return Optional.empty();
        }

        @Override
        public void delete(String accountKey) {
            // nothing is ever stored
        }
    }

    private static final class NoHistory implements MessageHistory {
        @Override
        public boolean appendCall(CallRecord call) {
            return false;
        }

        @Override
        public List<MessageRecord> queued(String account) {
            return List.of();
        }

        @Override
        public boolean append(MessageRecord message) {
            return false;
        }

        @Override
        public int appendAll(List<MessageRecord> messages) {
            return 0;
        }

        @Override
        public boolean updateDelivery(String account, Endpoint peer, String originId, DeliveryState state) {
            return false;
        }

        @Override
        public boolean correct(Correction correction) {
            return false;
        }

        @Override
        public Optional<MessageRecord> find(HistoryId id) {
            return Optional.empty();
        }

        @Override
        public List<HistoryEntry> timeline(Conversation conversation, @Nullable HistoryCursor before, int limit) {
            return List.of();
        }

        @Override
        public List<SearchHit> search(String text, int limit) {
            return List.of();
        }

        @Override
        public int unreadCount(Conversation conversation) {
            return 0;
        }

        @Override
        public Map<PersonId, Integer> unreadByPerson() {
            return Map.of();
        }

        @Override
        public int markRead(Conversation conversation) {
            return 0;
        }

        @Override
        public long count() {
            return 0;
        }
    }
}
