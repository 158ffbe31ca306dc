import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the Switchboard application icon: a rounded square holding a 3×2 panel of jacks, two of
 * them joined by patch cords. Run from the repository root with
 * {@code java installer/icon/MakeIcon.java installer/icon/switchboard.png [size]}.
 */
public final class MakeIcon {
    private static final Color TOP = new Color(0x2B6CB0);
    private static final Color BOTTOM = new Color(0x1A4480);
    private static final Color JACK_RIM = new Color(0xE8EEF6);
    private static final Color JACK_HOLE = new Color(0x0F2747);
    private static final Color CORD_A = new Color(0xF6AD55);
    private static final Color CORD_B = new Color(0x68D391);

    private MakeIcon() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java MakeIcon.java OUT.png [size]");
            System.exit(2);
        }
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        ImageIO.write(draw(size), "png", new File(args[0]));
    }

    static BufferedImage draw(int size) {
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        g.setPaint(new GradientPaint(0, 8, TOP, 0, 248, BOTTOM));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        double[] xs = {72, 128, 184};
        double[] ys = {92, 176};
        for (double y : ys) {
            for (double x : xs) {
                jack(g, x, y);
            }
        }
        cord(g, CORD_A, xs[0], ys[0], xs[2], ys[1], 40);
        cord(g, CORD_B, xs[1], ys[0], xs[0], ys[1], 56);
        g.dispose();
        return image;
    }

    private static void jack(Graphics2D g, double cx, double cy) {
        g.setColor(JACK_RIM);
        g.fill(new Ellipse2D.Double(cx - 17, cy - 17, 34, 34));
        g.setColor(JACK_HOLE);
        g.fill(new Ellipse2D.Double(cx - 9, cy - 9, 18, 18));
    }

    /** A patch cord hanging between two jacks, with a plug sleeve at each end. */
    private static void cord(Graphics2D g, Color color, double x1, double y1, double x2, double y2, double sag) {
        var curve = new CubicCurve2D.Double(x1, y1, x1, y1 + sag + 30, x2, y2 + sag, x2, y2);
        g.setColor(color.darker());
        g.setStroke(new BasicStroke(13, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve);
        g.setColor(color);
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve);
        for (double[] end : new double[][] {{x1, y1}, {x2, y2}}) {
            g.setColor(color.darker());
            g.fill(new Ellipse2D.Double(end[0] - 12, end[1] - 12, 24, 24));
            g.setColor(color);
            g.fill(new Ellipse2D.Double(end[0] - 8, end[1] - 8, 16, 16));
        }
    }
}
