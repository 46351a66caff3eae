using ScottPlot;

namespace SmqBot.Cards.Common;

/// <summary>
/// How SmqBot's charts look, made for the card that shows them: Teams draws an image at the card's width (400–500 px),
/// so a chart is laid out for 480×300 and rendered at twice that (sharp on high-density screens, 960×600, within the
/// 1024 px Teams takes), with text of 13 px or more at that size: 11 px or more where Teams shows it.
/// Its panel is a soft grey (#F3F2F1, Teams' own light surface) under near-black text (15:1): readable on the light and
/// the dark theme alike. A transparent chart cannot be: no text colour reaches 4.5:1 on both white and Teams' dark
/// #2d2c2c (it would need a luminance under 0.18 for one and over 0.29 for the other).
/// </summary>
public static class ChartStyle
{
    public const int Width = 480;
    public const int Height = 300;
    private const float Scale = 2;
    public const string Font = "DejaVu Sans";
    public static readonly Color Panel = Color.FromHex("#F3F2F1");
    public static readonly Color Ink = Color.FromHex("#242424");
    public static readonly Color Grid = Color.FromHex("#D6D6D6");
    /// <summary>The manifest's accent colour (a dark teal: 7:1 on the panel).</summary>
    public static readonly Color Accent = Color.FromHex("#005E74");

    /// <summary>A new plot with the panel, ink, grid and font sizes set; <paramref name="title"/> on top.</summary>
    public static Plot New(string title)
    {
        var plot = new Plot { ScaleFactor = Scale };
        plot.Font.Set(Font);
        plot.FigureBackground.Color = Panel;
        plot.DataBackground.Color = Panel;
        plot.Axes.Color(Ink);
        plot.Grid.MajorLineColor = Grid;
        plot.Title(title, size: 15);
        plot.Axes.Title.Label.ForeColor = Ink;
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = 13;
            axis.TickLabelStyle.ForeColor = Ink;
        }
        plot.Legend.FontSize = 13;
        plot.Legend.FontColor = Ink;
        return plot;
    }

    public static byte[] Png(Plot plot) => plot.GetImageBytes((int)(Width * Scale), (int)(Height * Scale), ImageFormat.Png);
}
