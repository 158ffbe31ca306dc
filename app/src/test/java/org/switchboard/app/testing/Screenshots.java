package org.switchboard.app.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/** Writes JavaFX images as PNG files (without javafx-swing) and tells a picture from a blank one. */
public final class Screenshots {
    private Screenshots() {}

    public static BufferedImage toBuffered(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        return buffered;
    }

    public static Path write(Image image, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(toBuffered(image), "png", file.toFile());
        return file;
    }

    /** How many different colours the image has: one or two means blank. */
    public static int distinctColours(Image image) {
        Set<Integer> colours = new HashSet<>();
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(reader.getArgb(x, y));
            }
        }
        return colours.size();
    }
}
