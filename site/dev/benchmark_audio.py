"""Audio draft benchmark (not a test): how long a computer-read draft takes, per 1,000 words, per language.

    .venv/bin/python -m carers_site.dev.benchmark_audio [--words 1000] [--runs 3]

For each language with an espeak-ng voice (site/audio/speech.py), repeats one plain sentence about carers
written in that language until the text is exactly --words words long, then times the same work a
published page's draft does: espeak-ng reads it and ffmpeg encodes the MP3 (make_mp3). Prints the median
wall-clock time of --runs runs and the CPU time the two tools used (which a busy machine does not inflate),
both scaled to 1,000 words, with the length and size of the audio made. The sentences were
written for this benchmark and not checked by native speakers: they are for timing, not for listening.
No database is used.
"""

import argparse
import io
import os
import resource
import statistics
import time

SAMPLES = {
    "en": "If you look after someone, you can ask your council for a carer's assessment. It is free, and you can "
    "call us at any time of day or night.",
    "cy": "Os ydych chi'n gofalu am rywun, gallwch ofyn i'ch cyngor am asesiad gofalwr. Mae am ddim, a gallwch ein "
    "ffonio ni unrhyw bryd, ddydd neu nos.",
    "pl": "Jeśli opiekujesz się kimś, możesz poprosić swoją radę o ocenę potrzeb opiekuna. Jest bezpłatna i możesz "
    "do nas zadzwonić o każdej porze dnia i nocy.",
    "ur": "اگر آپ کسی کی دیکھ بھال کرتے ہیں تو آپ اپنی کونسل سے کیئرر کے جائزے کے لیے کہہ سکتے ہیں۔ یہ مفت ہے، اور آپ "
    "دن ہو یا رات کسی بھی وقت ہمیں فون کر سکتے ہیں۔",
    "bn": "আপনি যদি কারও দেখাশোনা করেন, তাহলে আপনি আপনার কাউন্সিলের কাছে কেয়ারার মূল্যায়ন চাইতে পারেন। এটি বিনামূল্যে, "
    "এবং আপনি দিনে বা রাতে যেকোনো সময় আমাদের ফোন করতে পারেন।",
    "pa": "ਜੇ ਤੁਸੀਂ ਕਿਸੇ ਦੀ ਦੇਖਭਾਲ ਕਰਦੇ ਹੋ, ਤਾਂ ਤੁਸੀਂ ਆਪਣੀ ਕੌਂਸਲ ਤੋਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਦੇ ਮੁਲਾਂਕਣ ਦੀ ਮੰਗ ਕਰ ਸਕਦੇ ਹੋ। ਇਹ ਮੁਫ਼ਤ ਹੈ, "
    "ਅਤੇ ਤੁਸੀਂ ਦਿਨ ਜਾਂ ਰਾਤ ਕਿਸੇ ਵੀ ਸਮੇਂ ਸਾਨੂੰ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹੋ।",
    "gu": "જો તમે કોઈની સંભાળ રાખો છો, તો તમે તમારી કાઉન્સિલ પાસે સંભાળ રાખનારના મૂલ્યાંકનની માંગણી કરી શકો છો. તે મફત "
    "છે, અને તમે દિવસ કે રાત્રે ગમે ત્યારે અમને ફોન કરી શકો છો.",
    "tr": "Birine bakıyorsanız, belediyenizden bakıcı değerlendirmesi isteyebilirsiniz. Ücretsizdir ve bizi gece "
    "gündüz istediğiniz zaman arayabilirsiniz.",
    "ro": "Dacă aveți grijă de cineva, puteți cere consiliului local o evaluare a îngrijitorului. Este gratuită și ne "
    "puteți suna oricând, zi și noapte.",
    "lt": "Jei slaugote artimąjį, galite paprašyti savivaldybės įvertinti jūsų, kaip slaugytojo, poreikius. Tai "
    "nemokama, ir jūs galite mums skambinti bet kuriuo paros metu.",
}


def text_of(sentence, words):
    """The sentence repeated, cut to exactly this many words."""
    repeats = words // len(sentence.split()) + 1
    return " ".join((" ".join([sentence] * repeats)).split()[:words])


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv=None):
    parser = argparse.ArgumentParser(description="Time computer-read audio drafts per language.")
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carers_site.settings.dev")
    import django

    django.setup()
    from carers_site.audio.speech import VOICES, audio_duration, make_mp3

    missing = set(VOICES) - set(SAMPLES)
    assert not missing, f"no sample sentence for {missing}"
    print(f"{args.words} words per language, median of {args.runs} runs (espeak-ng then ffmpeg to MP3)\n")
    print(f"{'language':<9}{'voice':<7}{'s per 1,000 words':>19}{'CPU s':>8}{'audio (min)':>13}{'MP3 (MB)':>10}")
    for language, voice in VOICES.items():
        text = text_of(SAMPLES[language], args.words)
        times, cpu_times = [], []
        for _run in range(args.runs):
            start, cpu_start = time.perf_counter(), children_cpu()
            mp3 = make_mp3(text, voice)
            times.append(time.perf_counter() - start)
            cpu_times.append(children_cpu() - cpu_start)
        scale = 1000 / args.words
        wall, cpu = statistics.median(times) * scale, statistics.median(cpu_times) * scale
        minutes = audio_duration(io.BytesIO(mp3), "mp3") / 60
        print(f"{language:<9}{voice:<7}{wall:>19.2f}{cpu:>8.2f}{minutes:>13.1f}{len(mp3) / 1024 / 1024:>10.2f}")


if __name__ == "__main__":
    main()
