#!/usr/bin/env python3
"""Splits call set-up on the loopback wire. Reads a capture of UDP on lo (tcpdump -w) and prints, per
message kind, when it passed on the wire, in ms after the caller's first INVITE left: the proxy's relays
(K->B, K->A), the callee's answers (B->K), ACK, BYE and the first RTP packet each way. With
trace=FILE (then only the calls it names count, since other SIP tests may share the loopback) (CallSetupBench -Dswitchboard.bench.wireTrace=FILE) the app's own instants are lined up too:
dial(), dial() returning, Ringing, Connected, the sent-packet counter moving.
Usage: sip-wire-split.py capture.pcap [trace=FILE] [skip=3] [-v]   (-v: one line per call)"""
import re
import statistics
import struct
import sys
from collections import OrderedDict


def udp_packets(path):
    """(time, source port, destination port, payload) of each IPv4 UDP packet in a pcap file."""
    with open(path, 'rb') as f:
        header = f.read(24)
        nano = struct.unpack('<I', header[:4])[0] == 0xa1b23c4d
        link = struct.unpack('<I', header[20:24])[0]
        offset = {1: 14, 113: 16}.get(link, 0)
        while True:
            record = f.read(16)
            if len(record) < 16:
                return
            sec, frac, length, _ = struct.unpack('<IIII', record)
            ip = f.read(length)[offset:]
            if len(ip) < 20 or ip[0] >> 4 != 4 or ip[9] != 17:
                continue
            ihl = (ip[0] & 15) * 4
            sport, dport = struct.unpack('>HH', ip[ihl:ihl + 4])
            yield sec + frac / (1e9 if nano else 1e6), sport, dport, ip[ihl + 8:]


def is_rtp(payload):
    return len(payload) >= 12 and payload[0] & 0xC0 == 0x80 and not 200 <= payload[1] <= 204


def main(args):
    options = dict(a.split('=', 1) for a in args[1:] if '=' in a)
    calls = OrderedDict()
    rtp_owner = {}
    for t, sport, dport, payload in udp_packets(args[0]):
        if payload[:7] == b'SIP/2.0' or re.match(rb'^[A-Z]+ sip:', payload[:20]):
            text = payload.decode('latin1')
            call_id = re.search(r'\r\n(?:Call-ID|i)\s*:\s*(\S+)', text, re.I)
            if not call_id:
                continue
            first = text.split('\r\n', 1)[0]
            cseq = re.search(r'\r\nCSeq\s*:\s*\d+\s+(\w+)', text, re.I)
            label = first.split(' ')[0] if not first.startswith('SIP/') else first.split(' ')[1] + ' ' + (cseq.group(1) if cseq else '?')
            call = calls.setdefault(call_id.group(1), {'messages': [], 'rtp': {}})
            call['messages'].append((t, sport, dport, label))
            media = re.search(r'\r\nm=audio (\d+)', text)
            if media and (label == 'INVITE' or label == '200 INVITE'):
                rtp_owner[int(media.group(1))] = (call_id.group(1), 'caller' if label == 'INVITE' else 'callee')
        elif is_rtp(payload) and sport in rtp_owner:
            call_id, who = rtp_owner[sport]
            calls[call_id]['rtp'].setdefault('RTP from ' + who, t)
    trace = {}
    if 'trace' in options:
        for line in open(options['trace']):
            fields = line.split()
            trace[fields[0]] = (int(fields[1]) / 1e6, [float(x) for x in fields[2:]])
    rows = []
    for call_id, call in calls.items():
        invites = [m for m in call['messages'] if m[3] == 'INVITE']
        if not invites or (trace and call_id not in trace):
            continue  # with a trace, only the bench's own calls (other SIP tests may share the loopback)
        t0, caller, proxy = invites[0][0], invites[0][1], invites[0][2]
        seen = OrderedDict()
        for t, sport, dport, label in call['messages']:
            way = ('A->K' if sport == caller else 'K->A' if dport == caller else 'K->B' if sport == proxy
                   else 'B->K' if dport == proxy else f'{sport}->{dport}')
            key, n = f'{way} {label}', 2
            while key in seen:
                key, n = f'{way} {label}#{n}', n + 1
            seen[key] = (t - t0) * 1000
        for key, t in call['rtp'].items():
            seen[key] = (t - t0) * 1000
        if call_id in trace:
            wall, after = trace[call_id]
            for name, v in zip(['app dial()', 'app dial() returned', 'app Ringing', 'app Connected', 'app sent counter'],
                               [0.0] + after):
                seen[name] = (wall - t0) * 1000 + v
        rows.append((call_id, seen))
    skip = int(options.get('skip', 3))
    used = rows[skip:]
    columns = OrderedDict()
    for _, seen in used:
        for key, value in seen.items():
            columns.setdefault(key, []).append(value)
    print(f"{len(used)} calls (first {skip} skipped); ms after the caller's first INVITE left")
    for key in sorted(columns, key=lambda k: statistics.median(columns[k])):
        values = columns[key]
        print(f'  {key:24s} n={len(values):3d} p50={statistics.median(values):7.2f} min={min(values):7.2f} max={max(values):7.2f}')
    if '-v' in args:
        for call_id, seen in rows:
            print(call_id, '|'.join(f'{k}={v:.3f}' for k, v in seen.items()))


if __name__ == '__main__':
    main(sys.argv[1:])
