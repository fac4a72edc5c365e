"""Content-addressed layout, idempotent imports, derivative sizes and regeneration."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PIL import Image

from newsdesk.media import derivatives
from newsdesk.media.photo_import import ImportedPhoto, PhotoImporter, PhotoImportError
from newsdesk.media.photo_store import DERIVATIVE_SIZES, PhotoStore, write_file_atomically

if TYPE_CHECKING:
    from conftest import ImageFactory

SHA = "ab" + "0" * 62


def test_layout(tmp_path: Path) -> None:
    store = PhotoStore(tmp_path / "photos")

    assert DERIVATIVE_SIZES == {"web": 1600, "thumb": 320}
    assert store.media_root == tmp_path / "photos" / "media"
    assert store.original_path(SHA, "jpg") == tmp_path / "photos/originals/ab" / f"{SHA}.jpg"
    assert store.original_path(SHA, ".PNG").name == f"{SHA}.png"
    assert store.derivative_name(SHA, "web") == f"ab/{SHA}-web.jpg"
    assert store.derivative_name(SHA, "thumb") == f"ab/{SHA}-thumb.jpg"
    assert store.derivative_path(SHA, "thumb") == store.media_root / "ab" / f"{SHA}-thumb.jpg"
    assert store.find_original(SHA) is None and not store.has_original(SHA)


@pytest.mark.parametrize("bad", ["../" + "a" * 61, "AB" + "0" * 62, "ab", "g" * 64])
def test_digest_is_validated_before_it_becomes_a_path(tmp_path: Path, bad: str) -> None:
    store = PhotoStore(tmp_path)

    with pytest.raises(ValueError):
        store.original_path(bad, "jpg")
    with pytest.raises(ValueError):
        store.derivative_name(bad, "web")


def test_kind_and_extension_are_validated(tmp_path: Path) -> None:
    store = PhotoStore(tmp_path)

    with pytest.raises(ValueError):
        store.derivative_path(SHA, "huge")
    with pytest.raises(ValueError):
        store.original_path(SHA, "jpg/../x")


def test_import_stores_original_verbatim_and_derivatives(
    images: ImageFactory,
    importer: PhotoImporter,
    store: PhotoStore,
    list_store_files: Callable[[PhotoStore], list[Path]],
) -> None:
    path = images.jpeg("바다.jpg", (3200, 2400))
    data = path.read_bytes()

    photo = importer.import_file(path)

    assert photo == ImportedPhoto(
        sha256=hashlib.sha256(data).hexdigest(),
        original_name="바다.jpg",
        format="JPEG",
        byte_size=len(data),
        width=3200,
        height=2400,
        web_size=(1600, 1200),
        thumb_size=(320, 240),
    )
    original = store.original_path(photo.sha256, "jpg")
    assert original.read_bytes() == data
    assert list_store_files(store) == sorted(
        [original, *(store.derivative_path(photo.sha256, k) for k in ("web", "thumb"))]
    )
    for kind, size in (("web", (1600, 1200)), ("thumb", (320, 240))):
        with Image.open(store.derivative_path(photo.sha256, kind)) as image:
            assert (image.format, image.size) == ("JPEG", size)


@pytest.mark.parametrize(
    ("size", "web", "thumb"),
    [
        ((2400, 3200), (1200, 1600), (240, 320)),
        ((3000, 2000), (1600, 1067), (320, 213)),
        ((1600, 900), (1600, 900), (320, 180)),
        ((80, 60), (80, 60), (80, 60)),  # tiny: kept, never upscaled
    ],
)
def test_derivative_sizes(
    images: ImageFactory,
    importer: PhotoImporter,
    size: tuple[int, int],
    web: tuple[int, int],
    thumb: tuple[int, int],
) -> None:
    photo = importer.import_file(images.jpeg("p.jpg", size))

    assert (photo.width, photo.height) == size
    assert (photo.web_size, photo.thumb_size) == (web, thumb)


def test_png_original_keeps_its_format(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    path = images.save("chart.png", images.noise_image((500, 300)))

    photo = importer.import_file(path)

    assert photo.format == "PNG"
    assert store.find_original(photo.sha256) == store.original_path(photo.sha256, "png")


def test_same_file_twice_is_cheap_and_identical(
    images: ImageFactory,
    importer: PhotoImporter,
    store: PhotoStore,
    monkeypatch: pytest.MonkeyPatch,
    list_store_files: Callable[[PhotoStore], list[Path]],
) -> None:
    path = images.jpeg("twice.jpg", (2000, 1500))
    first = importer.import_file(path)
    before = {p: p.stat().st_mtime_ns for p in list_store_files(store)}

    def no_decoding(*args: object, **kwargs: object) -> None:
        raise AssertionError("a known photo was decoded again")

    monkeypatch.setattr("newsdesk.media.photo_import.render_derivatives", no_decoding)
    second = importer.import_file(path)
    copy = importer.import_file(images.write("copy of twice.jpg", path.read_bytes()))

    assert second == first
    assert copy.sha256 == first.sha256 and copy.original_name == "copy of twice.jpg"
    assert {p: p.stat().st_mtime_ns for p in list_store_files(store)} == before
    assert len(list((store.root / "originals").rglob("*.jpg"))) == 1


def test_missing_derivative_is_rebuilt_on_reimport(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    path = images.jpeg("again.jpg", (1000, 800))
    photo = importer.import_file(path)
    store.derivative_path(photo.sha256, "web").unlink()

    assert importer.import_file(path) == photo
    assert store.derivative_path(photo.sha256, "web").is_file()


def test_ensure_derivatives_regenerates_missing_and_broken(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    photo = importer.import_file(images.jpeg("e.jpg", (2000, 1000)))
    web = store.derivative_path(photo.sha256, "web")
    thumb = store.derivative_path(photo.sha256, "thumb")
    web.unlink()
    thumb.write_bytes(b"half a file")

    sizes = store.ensure_derivatives(photo.sha256)

    assert sizes == {"web": (1600, 800), "thumb": (320, 160)}
    for path, size in ((web, (1600, 800)), (thumb, (320, 160))):
        with Image.open(path) as image:
            assert image.size == size
    assert store.ensure_derivatives(photo.sha256) == sizes  # now answered from headers


def test_ensure_derivatives_without_original(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        PhotoStore(tmp_path).ensure_derivatives(SHA)


def test_ensure_derivatives_names_a_damaged_original(
    images: ImageFactory, importer: PhotoImporter, store: PhotoStore
) -> None:
    photo = importer.import_file(images.jpeg("d.jpg", (800, 600)))
    original = store.original_path(photo.sha256, "jpg")
    original.write_bytes(original.read_bytes()[:3000])
    store.derivative_path(photo.sha256, "thumb").unlink()

    with pytest.raises(PhotoImportError) as caught:
        store.ensure_derivatives(photo.sha256)

    assert caught.value.path == original and "incomplete" in caught.value.reason


def test_atomic_write_leaves_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "deep" / "file.bin"
    write_file_atomically(target, b"first")

    def crash(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        write_file_atomically(target, b"second")

    assert target.read_bytes() == b"first"
    assert sorted(p.name for p in target.parent.iterdir()) == ["file.bin"]


def test_concurrent_imports_from_worker_threads(
    images: ImageFactory,
    importer: PhotoImporter,
    store: PhotoStore,
    list_store_files: Callable[[PhotoStore], list[Path]],
) -> None:
    distinct = [images.jpeg(f"p{i}.jpg", (900 + 10 * i, 700)) for i in range(4)]
    same = [images.write(f"same{i}.jpg", distinct[0].read_bytes()) for i in range(4)]

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(importer.import_file, distinct + same))

    assert len({r.sha256 for r in results}) == 4
    assert {r.web_size for r in results[4:]} == {results[0].web_size}
    files = list_store_files(store)
    assert len(files) == 4 * 3
    assert not [p for p in files if p.name.startswith(".")]  # no temp files left


def test_fit_within_never_upscales() -> None:
    assert derivatives.fit_within((100, 50), 1600) == (100, 50)
    assert derivatives.fit_within((6000, 4000), 1600) == (1600, 1067)
    assert derivatives.fit_within((10, 100_000), 320) == (1, 320)
