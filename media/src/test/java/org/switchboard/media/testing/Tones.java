package org.switchboard.media.testing;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test tones: write a sine WAV, read a WAV, find the dominant frequency (a Goertzel scan in 10 Hz
 * steps over the loudest second, as {@code tone_check.py} does), and decode G.711 µ-law payloads.
 */
public final class Tones {
    private static final double AMPLITUDE = 0.5 * Short.MAX_VALUE;
    private static final int STEP_HZ = 10;
    private static final int LOWEST_HZ = 50;

    private Tones() {}

    /** Writes {@code seconds} of a {@code frequencyHz} sine, mono 16-bit at {@code sampleRate}, to {@code wav}. */
    public static Path writeSineWav(Path wav, double frequencyHz, double seconds, int sampleRate) throws IOException {
        return writeWav(wav, sine(frequencyHz, seconds, sampleRate));
    }

    public static Pcm sine(double frequencyHz, double seconds, int sampleRate) {
        short[] samples = new short[(int) Math.round(seconds * sampleRate)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(AMPLITUDE * Math.sin(2 * Math.PI * frequencyHz * i / sampleRate));
        }
        return new Pcm(samples, sampleRate);
    }

    public static Path writeWav(Path wav, Pcm pcm) throws IOException {
        int dataBytes = pcm.samples().length * 2;
        ByteBuffer out = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
        out.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(pcm.sampleRate())
                .putInt(pcm.sampleRate() * 2).putShort((short) 2).putShort((short) 16);
        out.put("data".getBytes()).putInt(dataBytes);
        for (short sample : pcm.samples()) {
            out.putShort(sample);
        }
        Files.createDirectories(wav.toAbsolutePath().getParent());
        Files.write(wav, out.array());
        return wav;
    }

    /** Reads a 16-bit PCM WAV (its first channel). */
    public static Pcm readWav(Path wav) throws IOException {
        try (InputStream in = Files.newInputStream(wav); DataInputStream data = new DataInputStream(in)) {
            ByteBuffer header = ByteBuffer.wrap(data.readNBytes(12)).order(ByteOrder.LITTLE_ENDIAN);
            if (header.getInt(0) != 0x46464952 || header.getInt(8) != 0x45564157) {
                throw new IOException(wav + " is not a WAV file");
            }
            int channels = 1;
            int rate = 0;
            while (true) {
                ByteBuffer chunk = ByteBuffer.wrap(data.readNBytes(8)).order(ByteOrder.LITTLE_ENDIAN);
                if (chunk.remaining() < 8) {
                    throw new IOException(wav + " has no data chunk");
                }
                int id = chunk.getInt(0);
                int size = chunk.getInt(4);
                byte[] body = data.readNBytes(size < 0 ? Integer.MAX_VALUE : size);
                ByteBuffer bytes = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
                if (id == 0x20746d66) { // "fmt "
                    channels = bytes.getShort(2);
                    rate = bytes.getInt(4);
                } else if (id == 0x61746164) { // "data"
                    return new Pcm(firstChannel(bytes, channels), rate);
                }
            }
        }
    }

    /** Little-endian 16-bit PCM bytes as samples of their first channel. */
    public static short[] firstChannel(ByteBuffer littleEndian, int channels) {
        littleEndian.order(ByteOrder.LITTLE_ENDIAN);
        short[] samples = new short[littleEndian.remaining() / 2 / channels];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = littleEndian.getShort(littleEndian.position() + i * 2 * channels);
        }
        return samples;
    }

    /** The frequency (50 Hz to Nyquist, 10 Hz steps) with the most energy in the loudest second. */
    public static double dominantFrequency(short[] samples, int sampleRate) {
        int window = Math.min(samples.length, sampleRate);
        int start = loudestWindow(samples, window, Math.max(1, sampleRate / 4));
        double best = 0;
        double bestPower = -1;
        for (int frequency = LOWEST_HZ; frequency < sampleRate / 2 - LOWEST_HZ; frequency += STEP_HZ) {
            double power = goertzel(samples, start, window, frequency, sampleRate);
            if (power > bestPower) {
                bestPower = power;
                best = frequency;
            }
        }
        return best;
    }

    /** The Goertzel power of {@code frequency} over {@code length} samples from {@code start}. */
    public static double goertzel(short[] samples, int start, int length, double frequency, int sampleRate) {
        double k = 2 * Math.cos(2 * Math.PI * frequency / sampleRate);
        double s1 = 0;
        double s2 = 0;
        for (int i = start; i < start + length; i++) {
            double s0 = samples[i] + k * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        return s1 * s1 + s2 * s2 - k * s1 * s2;
    }

    static int loudestWindow(short[] samples, int window, int step) {
        int best = 0;
        double bestEnergy = -1;
        for (int start = 0; start + window <= samples.length; start += step) {
            double energy = rms(samples, start, start + window);
            if (energy > bestEnergy) {
                bestEnergy = energy;
                best = start;
            }
        }
        return best;
    }

    public static double rms(short[] samples, int from, int to) {
        if (to <= from) {
            return 0;
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) samples[i] * samples[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    /** Decodes G.711 µ-law bytes (an RTP PCMU payload) to linear samples. */
    public static short[] decodeMuLaw(byte[] payload, int offset, int length) {
        short[] samples = new short[length];
        for (int i = 0; i < length; i++) {
            int u = ~payload[offset + i] & 0xFF;
            int exponent = (u >> 4) & 0x07;
            int mantissa = u & 0x0F;
            int magnitude = ((mantissa << 3) + 0x84) << exponent;
            samples[i] = (short) ((u & 0x80) != 0 ? 0x84 - magnitude : magnitude - 0x84);
        }
        return samples;
    }

    /** Encodes linear samples as G.711 µ-law (to build RTP PCMU payloads in tests). */
    public static byte[] encodeMuLaw(short[] samples, int offset, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            int sample = samples[offset + i];
            int sign = sample < 0 ? 0x80 : 0;
            int magnitude = Math.min(Math.abs(sample), 32635) + 0x84;
            int exponent = 7;
            for (int mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1) {
                exponent--;
            }
            int mantissa = (magnitude >> (exponent + 3)) & 0x0F;
            out[i] = (byte) ~(sign | (exponent << 4) | mantissa);
        }
        return out;
    }
}
