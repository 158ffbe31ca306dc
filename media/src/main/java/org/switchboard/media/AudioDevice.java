package org.switchboard.media;

/** A sound device by its real name, as the system reports it. */
public record AudioDevice(String id, String name, DataFlow flow, boolean systemDefault) {}
