#!/usr/bin/python3
"""A peer XMPP client that is not ours (slixmpp), driven by the Java tests through stdin/stdout.

usage: peer.py HOST PORT JID PASSWORD [--voice]
stdin, one JSON object per line:
  {"cmd":"send","to":J,"body":B,"repeat":N,"receipt":true}   chat message (body repeated N times)
  {"cmd":"raw","xml":X}                                       any stanza, sent as is
  {"cmd":"presence","show":"away","status":S}                 show: available|chat|away|xa|dnd|unavailable
  {"cmd":"subscribe","to":J}   {"cmd":"quit"}
stdout, one JSON object per line: ready, message, presence, receipt, subscribe, sent, error.
Subscriptions are accepted automatically; receipts (XEP-0184) are answered. --voice advertises
Jingle RTP audio in disco and entity caps (XEP-0115).
"""
import asyncio, json, logging, ssl, sys
import slixmpp

logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
VOICE = "urn:xmpp:jingle:apps:rtp:audio"


def emit(event, **fields):
    fields["event"] = event
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


class Peer(slixmpp.ClientXMPP):
    def __init__(self, jid, password, voice):
        super().__init__(jid, password)
        self.ssl_context.check_hostname = False      # test peer only: the server's cert is self-signed
        self.ssl_context.verify_mode = ssl.CERT_NONE
        self.auto_authorize = True
        self.auto_subscribe = True
        for plugin in ("xep_0030", "xep_0115", "xep_0184", "xep_0199", "xep_0359"):
            self.register_plugin(plugin)
        self["xep_0184"].auto_ack = True
        self["xep_0184"].auto_request = False
        self.voice = voice
        self.add_event_handler("session_start", self.on_start)
        self.add_event_handler("message", self.on_message)
        self.add_event_handler("presence", self.on_presence)
        self.add_event_handler("receipt_received", lambda m: emit("receipt", frm=str(m["from"]), id=m["receipt"]))
        self.add_event_handler("presence_subscribe", lambda p: emit("subscribe", frm=str(p["from"].bare)))

    async def on_start(self, _):
        if self.voice:
            self["xep_0030"].add_feature(VOICE)
            await self["xep_0115"].update_caps()
        await self.get_roster()
        self.send_presence()
        emit("ready", jid=str(self.boundjid))

    def on_message(self, m):
        if m["type"] not in ("chat", "normal") or not m["body"]:
            return
        body = m["body"]
        emit("message", frm=str(m["from"]), id=m["id"] or "", origin_id=m["origin_id"]["id"] or "",
             body=body if len(body) <= 4096 else "", length=len(body), receipt=bool(m["request_receipt"]))

    def on_presence(self, p):
        if p["type"] in ("available", "chat", "away", "xa", "dnd", "unavailable"):
            emit("presence", frm=str(p["from"]), show=p["type"], status=p["status"])

    def command(self, c):
        cmd = c.get("cmd")
        if cmd == "send":
            m = self.make_message(mto=c["to"], mbody=c["body"] * int(c.get("repeat", 1)), mtype="chat")
            if c.get("receipt"):
                m["request_receipt"] = True
            m.send()
            emit("sent", id=m["id"])
        elif cmd == "raw":
            self.send_raw(c["xml"])
            emit("sent", id="raw")
        elif cmd == "presence":
            show = c.get("show", "available")
            if show == "unavailable":
                self.send_presence(ptype="unavailable", pstatus=c.get("status", ""))
            else:
                self.send_presence(pshow=None if show == "available" else show, pstatus=c.get("status", ""))
            emit("sent", id="presence")
        elif cmd == "subscribe":
            self.send_presence_subscription(pto=c["to"])
            emit("sent", id="subscribe")
        elif cmd == "quit":
            self.disconnect()
            return False
        else:
            emit("error", reason="unknown command " + str(cmd))
        return True


async def main():
    host, port, jid, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    peer = Peer(jid, password, "--voice" in sys.argv[5:])
    peer.connect(address=(host, port), force_starttls=True)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while True:
        line = await reader.readline()
        if not line:
            peer.disconnect()
            break
        try:
            if not peer.command(json.loads(line)):
                break
        except Exception as e:  # a bad command must not end the peer
            emit("error", reason=repr(e))
    await asyncio.sleep(0.2)


asyncio.run(main())
