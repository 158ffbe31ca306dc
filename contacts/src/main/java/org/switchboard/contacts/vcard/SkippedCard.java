package org.switchboard.contacts.vcard;

/**
 * A card that was not imported.
 *
 * @param cardNumber 1-based position of the card in the file
 * @param line 1-based line the card starts on
 * @param reason plain text saying why
 */
public record SkippedCard(int cardNumber, int line, String reason) {
    @Override
    public String toString() {
        return "card " + cardNumber + " (line " + line + "): " + reason;
    }
}
