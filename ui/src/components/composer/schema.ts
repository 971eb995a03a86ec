/**
 * The composer's form, element type by element type: which fields it shows for each of Tencent's eight
 * broadcast elements, in what order, as which kind of input, with which words. Each list is held by the
 * type-check to exactly the fields of the element's generated type (ui/src/bindings), so a field Rust
 * adds or renames fails here until the form has it.
 *
 * Not here: what a field must hold (Rust's rules answer that, with the limits the hints show) or how a
 * field is drawn (element-card.tsx).
 */
import type { CustomElem } from "../../bindings/CustomElem";
import type { FaceElem } from "../../bindings/FaceElem";
import type { FileElem } from "../../bindings/FileElem";
import type { ImageElem } from "../../bindings/ImageElem";
import type { ImageInfo } from "../../bindings/ImageInfo";
import type { LocationElem } from "../../bindings/LocationElem";
import type { SoundElem } from "../../bindings/SoundElem";
import type { TextElem } from "../../bindings/TextElem";
import type { VideoFileElem } from "../../bindings/VideoFileElem";
import type { Limits, MediaKind, MsgElement } from "../../ipc";
import { formatNumber, t } from "../../i18n";

export type MsgType = MsgElement["MsgType"];

export type FieldKind =
  /** One line of text. */
  | "text"
  /** Text over several lines. */
  | "multiline"
  /** An address viewers' apps download from; with `probe`, it can fill the element's other fields. */
  | "url"
  /** A number (whole or not, as the field takes it). */
  | "number"
  /** A download flag: one right value, from Rust. */
  | "downloadFlag"
  /** `ImageFormat`: one of Rust's image formats. */
  | "imageFormat"
  /** An `ImageInfoArray` entry's `Type`: one of Rust's image sizes. */
  | "imageSize"
  /** `ImageInfoArray`: the image's sizes, each a group of fields. */
  | "imageSizes";

export type FieldSpec<Name extends string = string> = {
  /** The JSON field's name inside `MsgContent`, exactly as Tencent spells it. */
  name: Name;
  kind: FieldKind;
  label: () => string;
  hint?: (limits: Limits | null) => string | undefined;
  optional?: boolean;
  /** Data for a program (custom data, ids), shown in a monospaced font. */
  mono?: boolean;
  /** Shown under "More fields": a value with one right answer, or one producers rarely set. */
  more?: boolean;
  /** Fills the element from this URL's file (a media probe of this kind). */
  probe?: MediaKind;
};

/** A field list that names every field of `T` once, and no other. */
function fieldsOf<T>() {
  return <const S extends readonly FieldSpec<Extract<keyof T, string>>[]>(
    list: S & ([Exclude<keyof T, S[number]["name"]>] extends [never] ? unknown : { missing: Exclude<keyof T, S[number]["name"]> }),
  ): readonly FieldSpec[] => list;
}

const downloadFlag = <N extends string>(name: N): FieldSpec<N> => ({
  name,
  kind: "downloadFlag",
  label: () => t("compose-field-download-flag"),
  hint: (limits) => (limits ? t("compose-hint-download-flag", { flag: String(limits.downloadFlag) }) : undefined),
  more: true,
});

const uuid = <N extends string>(name: N): FieldSpec<N> => ({
  name,
  kind: "text",
  label: () => t("compose-field-uuid"),
  hint: () => t("compose-hint-uuid"),
  optional: true,
  mono: true,
  more: true,
});

const bytes = <N extends string>(name: N, label: () => string = () => t("compose-field-size")): FieldSpec<N> => ({
  name,
  kind: "number",
  label,
});

/** What a media URL's hint says: where viewers get the file, and what Fill from URL does. */
export const mediaUrlHint = (limits: Limits | null): string =>
  limits ? t("compose-hint-media-url", { seconds: limits.mediaProbeSecs }) : t("compose-hint-media-url-plain");

const mediaUrl = <N extends string>(name: N, probe: MediaKind, label: () => string): FieldSpec<N> => ({
  name,
  kind: "url",
  label,
  hint: mediaUrlHint,
  probe,
});

/** The fields of one `ImageInfoArray` entry. */
export const IMAGE_SIZE_FIELDS = fieldsOf<ImageInfo>()([
  { name: "Type", kind: "imageSize", label: () => t("compose-field-image-size") },
  { name: "URL", kind: "url", label: () => t("compose-field-url") },
  bytes("Size"),
  { name: "Width", kind: "number", label: () => t("compose-field-width") },
  { name: "Height", kind: "number", label: () => t("compose-field-height") },
]);

export type ElementSchema = {
  /** The element's name where the producer picks or sees it. */
  name: () => string;
  fields: readonly FieldSpec[];
};

/** Every element type a broadcast takes, in the order the Add menu offers them (docs/TENCENT-API.md,
 * Message elements). A `Record` over the generated union: a type Rust adds fails the type-check here. */
export const ELEMENT_SCHEMAS: Record<MsgType, ElementSchema> = {
  TIMTextElem: {
    name: () => t("compose-type-text"),
    fields: fieldsOf<TextElem>()([{ name: "Text", kind: "multiline", label: () => t("compose-field-text") }]),
  },
  TIMCustomElem: {
    name: () => t("compose-type-custom"),
    fields: fieldsOf<CustomElem>()([
      { name: "Data", kind: "multiline", label: () => t("compose-field-custom-data"), hint: () => t("compose-hint-custom-data"), mono: true },
      { name: "Desc", kind: "text", label: () => t("compose-field-custom-desc"), hint: () => t("compose-hint-custom-desc"), optional: true },
      { name: "Ext", kind: "text", label: () => t("compose-field-custom-ext"), optional: true, mono: true, more: true },
      { name: "Sound", kind: "text", label: () => t("compose-field-custom-sound"), optional: true, more: true },
    ]),
  },
  TIMFaceElem: {
    name: () => t("compose-type-face"),
    fields: fieldsOf<FaceElem>()([
      {
        name: "Index",
        kind: "number",
        label: () => t("compose-field-face-index"),
        hint: (limits) =>
          limits ? t("compose-hint-face-index", { min: formatNumber(limits.faceIndexMin), max: formatNumber(limits.faceIndexMax) }) : undefined,
      },
      { name: "Data", kind: "text", label: () => t("compose-field-face-data"), optional: true, mono: true },
    ]),
  },
  TIMLocationElem: {
    name: () => t("compose-type-location"),
    fields: fieldsOf<LocationElem>()([
      { name: "Desc", kind: "text", label: () => t("compose-field-location-desc") },
      {
        name: "Latitude",
        kind: "number",
        label: () => t("compose-field-latitude"),
        hint: (limits) => (limits ? t("compose-hint-degrees", { max: limits.latitudeMax }) : undefined),
      },
      {
        name: "Longitude",
        kind: "number",
        label: () => t("compose-field-longitude"),
        hint: (limits) => (limits ? t("compose-hint-degrees", { max: limits.longitudeMax }) : undefined),
      },
    ]),
  },
  TIMImageElem: {
    name: () => t("compose-type-image"),
    fields: fieldsOf<ImageElem>()([
      { name: "ImageInfoArray", kind: "imageSizes", label: () => t("compose-field-image-sizes"), hint: () => t("compose-hint-image-sizes") },
      { name: "UUID", kind: "text", label: () => t("compose-field-uuid"), hint: () => t("compose-hint-image-uuid"), mono: true },
      { name: "ImageFormat", kind: "imageFormat", label: () => t("compose-field-image-format") },
    ]),
  },
  TIMSoundElem: {
    name: () => t("compose-type-sound"),
    fields: fieldsOf<SoundElem>()([
      mediaUrl("Url", "sound", () => t("compose-field-sound-url")),
      bytes("Size"),
      { name: "Second", kind: "number", label: () => t("compose-field-seconds") },
      downloadFlag("Download_Flag"),
      uuid("UUID"),
    ]),
  },
  TIMFileElem: {
    name: () => t("compose-type-file"),
    fields: fieldsOf<FileElem>()([
      mediaUrl("Url", "file", () => t("compose-field-file-url")),
      { name: "FileName", kind: "text", label: () => t("compose-field-file-name"), hint: () => t("compose-hint-file-name") },
      bytes("FileSize"),
      downloadFlag("Download_Flag"),
      uuid("UUID"),
    ]),
  },
  TIMVideoFileElem: {
    name: () => t("compose-type-video"),
    fields: fieldsOf<VideoFileElem>()([
      mediaUrl("VideoUrl", "video", () => t("compose-field-video-url")),
      bytes("VideoSize"),
      { name: "VideoSecond", kind: "number", label: () => t("compose-field-seconds") },
      { name: "VideoFormat", kind: "text", label: () => t("compose-field-video-format"), hint: () => t("compose-hint-video-format") },
      downloadFlag("VideoDownloadFlag"),
      uuid("VideoUUID"),
      mediaUrl("ThumbUrl", "videoThumb", () => t("compose-field-thumb-url")),
      bytes("ThumbSize", () => t("compose-field-thumb-size")),
      { name: "ThumbWidth", kind: "number", label: () => t("compose-field-thumb-width") },
      { name: "ThumbHeight", kind: "number", label: () => t("compose-field-thumb-height") },
      { name: "ThumbFormat", kind: "text", label: () => t("compose-field-thumb-format"), hint: () => t("compose-hint-thumb-format") },
      downloadFlag("ThumbDownloadFlag"),
      uuid("ThumbUUID"),
    ]),
  },
};

/** The element types in the Add menu's order. */
export const MSG_TYPES = Object.keys(ELEMENT_SCHEMAS) as MsgType[];

export function isMsgType(type: string): type is MsgType {
  return Object.hasOwn(ELEMENT_SCHEMAS, type);
}
