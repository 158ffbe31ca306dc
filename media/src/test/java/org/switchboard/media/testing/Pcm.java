package org.switchboard.media.testing;

/** Mono 16-bit samples at a rate: what a recording or a decoded RTP payload holds. */
public record Pcm(short[] samples, int sampleRate) {
    public double seconds() {
        return samples.length / (double) sampleRate;
    }

    /** The dominant frequency in Hz over the loudest second (see {@link Tones#dominantFrequency}). */
    public double dominantFrequency() {
        return Tones.dominantFrequency(samples, sampleRate);
    }

    /** Root mean square of all samples, in sample units (0–32768). */
    public double rms() {
        return Tones.rms(samples, 0, samples.length);
    }

    /** Root mean square of the loudest second. */
    public double peakRms() {
        int window = Math.min(samples.length, sampleRate);
        int start = Tones.loudestWindow(samples, window, sampleRate / 4);
        return Tones.rms(samples, start, start + window);
    }
}
