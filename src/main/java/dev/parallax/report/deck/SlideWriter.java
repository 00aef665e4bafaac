package dev.parallax.report.deck;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Slides of a 16:9 deck (960×540 points): a title in the layout's title placeholder, so that every reader of the
 * deck (an outline view, a screen reader, a test) finds it, text boxes whose text has been sized to fit, and speaker
 * notes.
 */
final class SlideWriter {
  static final double WIDTH = 960;
  static final double HEIGHT = 540;
  static final double MARGIN = 36;
  static final double INSET = 4;
  static final Color INK = new Color(0x222222);
  static final Color GREY = new Color(0x666666);
  private static final double TITLE_MAX = 30;
  private static final double TITLE_MIN = 18;

  /** A paragraph of a text box: its text, size in points, weight and colour, and the space above it. */
  record Para(String text, double size, boolean bold, Color colour, double spaceBefore) {
    static Para of(String text, double size) {
      return new Para(text, size, false, INK, 0);
    }
  }

  private final XMLSlideShow show;
  private double titleBottom;

  SlideWriter(XMLSlideShow show) {
    this.show = show;
  }

  /**
   * A new slide whose title is set in the box at the largest size from 30 down to 18 points at which it fits; a
   * title that does not fit even then is cut between two words (the notes hold it whole).
   */
  XSLFSlide slide(String title, Rectangle2D box) {
    return slide(title, box, TextAlign.LEFT);
  }

  /** A slide whose title box is no taller than its title: {@link #titleBottom()} says where the title ends. */
  XSLFSlide slide(String title, Rectangle2D box, TextAlign align) {
    XSLFSlide slide = show.createSlide(show.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY));
    XSLFTextShape placeholder = slide.getPlaceholder(0);
    double width = box.getWidth() - 2 * INSET;
    double height = box.getHeight() - 2 * INSET;
    double size = TextFit.size(title, true, width, height, TITLE_MAX, TITLE_MIN);
    int lines = (int) Math.floor(height / (size * TextFit.LEADING));
    String shown = TextFit.shorten(title, size, true, width, Math.max(1, lines));
    double used = TextFit.height(shown, size, true, width) + 2 * INSET;
    // The slide's own position: without one, POI would move the layout's title, and every slide's title with it.
    CTShapeProperties properties = ((CTShape) placeholder.getXmlObject()).getSpPr();
    if (!properties.isSetXfrm()) {
      properties.addNewXfrm();
    }
    placeholder.setAnchor(new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth(), used));
    titleBottom = box.getY() + used;
    fill(placeholder, List.of(new Para(shown, size, true, INK, 0)), VerticalAlignment.TOP);
    placeholder.getTextParagraphs().forEach(p -> p.setTextAlign(align));
    return slide;
  }

  /** Where the last slide's title ends, in points from the top. */
  double titleBottom() {
    return titleBottom;
  }

  /** A text box holding the paragraphs as given (their sizes chosen by the caller to fit). */
  XSLFTextBox text(XSLFSlide slide, Rectangle2D box, List<Para> paragraphs) {
    XSLFTextBox shape = slide.createTextBox();
    shape.setAnchor(box);
    fill(shape, paragraphs, VerticalAlignment.TOP);
    return shape;
  }

  /** The speaker notes of the slide, one paragraph a line. */
  void notes(XSLFSlide slide, List<String> lines) {
    XSLFNotes notes = show.getNotesSlide(slide);
    for (XSLFTextShape shape : notes.getPlaceholders()) {
      if (shape.getTextType() == Placeholder.BODY) {
        shape.clearText();
        for (String line : lines) {
          XSLFTextRun run = shape.addNewTextParagraph().addNewTextRun();
          run.setText(line);
          run.setFontSize(12.0);
        }
      }
    }
    // POI's notes master carries a fixed date (1.7.2013) that a printed notes page would show as the run's.
    for (XSLFShape shape : List.copyOf(notes.getShapes())) {
      if (shape instanceof XSLFTextShape text && text.getTextType() == Placeholder.DATETIME) {
        notes.removeShape(shape);
      }
    }
  }

  private static void fill(XSLFTextShape shape, List<Para> paragraphs, VerticalAlignment alignment) {
    shape.clearText();
    shape.setTextAutofit(TextAutofit.NONE);
    shape.setWordWrap(true);
    shape.setVerticalAlignment(alignment);
    shape.setInsets(new org.apache.poi.sl.usermodel.Insets2D(INSET, INSET, INSET, INSET));
    for (Para para : paragraphs) {
      XSLFTextParagraph paragraph = shape.addNewTextParagraph();
      paragraph.setLineSpacing(100.0);
      if (para.spaceBefore() > 0) {
        paragraph.setSpaceBefore(-para.spaceBefore()); // negative: points, not a share of a line
      }
      XSLFTextRun run = paragraph.addNewTextRun();
      run.setText(para.text());
      run.setFontFamily(TextFit.FONT);
      run.setFontSize(para.size());
      run.setBold(para.bold());
      run.setFontColor(para.colour());
    }
  }
}
