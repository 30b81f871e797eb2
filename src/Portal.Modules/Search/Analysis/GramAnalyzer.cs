using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Portal.Modules.Core.Search;

namespace Portal.Modules.Search.Analysis;

/// <summary>
/// <see cref="ChineseAnalyzer"/> as a Lucene analyzer: the <c>chars</c> field gets each Han character once, every
/// other analysed field the bigrams and words in order. Each text of a document is a separate value of the field,
/// and values are kept far apart, so a phrase never runs from the end of one text into the start of the next.
/// </summary>
public sealed class GramAnalyzer : Analyzer
{
    public const string CharsField = "chars";

    // The default strategy would reuse the first field's tokenizer for every field.
    public GramAnalyzer() : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    // Wider than the gap between runs, and without a boundary token: no phrase reaches from one text into the next.
    public override int GetPositionIncrementGap(string fieldName) => 10;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new GramTokenizer(reader, fieldName == CharsField));

    private sealed class GramTokenizer : Tokenizer
    {
        private static readonly char[] BoundaryChars = ChineseAnalyzer.Boundary.ToCharArray();

        private readonly bool _characters;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        // Reused from one text to the next: the tokens are places in the folded text, copied into the term as read.
        private readonly List<ChineseAnalyzer.TokenSpan> _spans = [];
        private readonly HashSet<char> _seen = [];
        private char[] _text = [];
        private int _next;
        private int _position;

        public GramTokenizer(TextReader reader, bool characters) : base(reader)
        {
            _characters = characters;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            if (_next >= _spans.Count)
            {
                return false;
            }
            var token = _spans[_next++];
            if (token.IsBoundary)
            {
                _term.CopyBuffer(BoundaryChars, 0, BoundaryChars.Length);
            }
            else
            {
                _term.CopyBuffer(_text, token.Start, token.Length);
            }
            _increment.PositionIncrement = token.Position - _position;
            _position = token.Position;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            // Field values are a few hundred characters: reading one whole is simpler than tokenising a stream.
            var folded = TextFolding.Fold(m_input.ReadToEnd());
            if (_text.Length < folded.Length)
            {
                _text = new char[Math.Max(folded.Length, _text.Length * 2)];
            }
            folded.CopyTo(0, _text, 0, folded.Length);
            _spans.Clear();
            if (_characters)
            {
                ChineseAnalyzer.CharSpans(folded, _spans, _seen);
            }
            else
            {
                ChineseAnalyzer.Spans(folded, _spans);
            }
            _next = 0;
            _position = -1;
        }
    }
}
