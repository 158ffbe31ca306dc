package org.switchboard.channels.sip;

import java.text.ParseException;
import java.util.List;
import java.util.function.Consumer;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds and sends our responses; a response that cannot be sent is logged, never thrown. */
final class Replies {
    private static final Logger LOG = LoggerFactory.getLogger(Replies.class);
    private final SipEndpoint endpoint;

    Replies(SipEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** A response to {@code request} with a To tag ({@code toTag}, or a new one for a final refusal). */
    Response create(Request request, int status, @Nullable String toTag) throws ParseException {
        Response response = endpoint.sip.messages.createResponse(status, request);
        ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
        if (status > 100 && to != null && to.getTag() == null) {
            to.setTag(toTag != null ? toTag : SipEndpoint.tag());
        }
        response.addHeader(endpoint.sip.headers.createServerHeader(List.of(SipEndpoint.USER_AGENT)));
        return response;
    }

    /** Sends {@code status} (with changes made by {@code decorate}); statelessly when there is no transaction. */
    boolean send(@Nullable ServerTransaction transaction, Request request, int status, @Nullable String toTag,
                 Consumer<Response> decorate) {
        try {
            Response response = create(request, status, toTag);
            decorate.accept(response);
            if (transaction != null) {
                transaction.sendResponse(response);
            } else {
                endpoint.sip.provider.sendResponse(response);
            }
            return true;
        } catch (ParseException | SipException | InvalidArgumentException | RuntimeException e) {
            LOG.warn("Could not answer {} with {}: {}", request.getMethod(), status, e.toString());
            return false;
        }
    }

    boolean send(@Nullable ServerTransaction transaction, Request request, int status) {
        return send(transaction, request, status, null, r -> {});
    }

    /** A refusal with a Warning header (RFC 3261 §20.43) that says why in words. */
    boolean refuse(@Nullable ServerTransaction transaction, Request request, int status, int warningCode, String why) {
        return send(transaction, request, status, null, response -> {
            try {
                response.addHeader(endpoint.sip.headers.createWarningHeader(endpoint.sip.host(), warningCode,
                        why.replace('"', '\'')));
            } catch (ParseException | InvalidArgumentException e) {
                LOG.debug("No Warning header for {}: {}", why, e.toString());
            }
        });
    }

    /** Adds {@code body} as {@code type/subtype}. */
    void body(Response response, String type, String subtype, String body) {
        try {
            ContentTypeHeader contentType = endpoint.sip.headers.createContentTypeHeader(type, subtype);
            response.setContent(body, contentType);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad content type " + type + "/" + subtype, e);
        }
    }

    javax.sip.header.AcceptHeader acceptHeader(String type, String subtype) throws ParseException {
        return endpoint.sip.headers.createAcceptHeader(type, subtype);
    }

    /** Adds our Contact. */
    void contact(Response response) {
        try {
            response.addHeader(endpoint.contact());
        } catch (ParseException e) {
            throw new IllegalStateException("cannot write our Contact", e);
        }
    }
}
