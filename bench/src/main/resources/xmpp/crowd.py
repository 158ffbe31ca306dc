#!/usr/bin/python3
"""Many XMPP contacts in one process (slixmpp), for the XMPP benchmarks.

usage: crowd.py HOST PORT DOMAIN PASSWORD FIRST LAST
Logs in user<FIRST>..user<LAST> (four digits) concurrently, each sends available presence; prints
"ready <n>" once all are online. stdin commands, one per line:
  storm <per-user> <seconds>   each user changes its presence <per-user> times, spread evenly over
                               <seconds>; prints "stormed <n>" when all are sent
  quit
"""
import asyncio, logging, ssl, sys
import slixmpp

logging.basicConfig(level=logging.ERROR, stream=sys.stderr)


class Contact(slixmpp.ClientXMPP):
    def __init__(self, jid, password, online):
        super().__init__(jid, password)
        self.ssl_context.check_hostname = False      # benchmark only: the server's cert is self-signed
        self.ssl_context.verify_mode = ssl.CERT_NONE
        self.online = online
        self.add_event_handler("session_start", self.on_start)

    async def on_start(self, _):
        self.send_presence()
        self.online.set_result(True) if not self.online.done() else None


async def storm(contacts, per_user, seconds):
    interval = seconds / per_user
    start = asyncio.get_running_loop().time()
    for i in range(per_user):
        for c in contacts:
            c.send_presence(pshow="away" if i % 2 == 0 else None, pstatus="storm %d" % i)
        delay = start + (i + 1) * interval - asyncio.get_running_loop().time()
        if delay > 0:
            await asyncio.sleep(delay)
    return per_user * len(contacts)


async def main():
    host, port, domain, password, first, last = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
    loop = asyncio.get_running_loop()
    contacts, online = [], []
    for n in range(first, last + 1):
        ready = loop.create_future()
        c = Contact("user%04d@%s/crowd" % (n, domain), password, ready)
        c.connect(address=(host, port), force_starttls=True)
        contacts.append(c)
        online.append(ready)
    await asyncio.wait_for(asyncio.gather(*online), 120)
    print("ready %d" % len(contacts), flush=True)
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while True:
        line = (await reader.readline()).decode().split()
        if not line or line[0] == "quit":
            break
        if line[0] == "storm":
            sent = await storm(contacts, int(line[1]), float(line[2]))
            print("stormed %d" % sent, flush=True)
    for c in contacts:
        c.disconnect()
    await asyncio.sleep(0.5)


asyncio.run(main())
