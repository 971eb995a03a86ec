/**
 * The message renderer (components/message-view.tsx) in the built UI, through the one place that
 * mounts it today — the sandbox's deliveries: every element type with the parts a viewer sees, in the
 * order of MsgBody, and no media fetched.
 */
import type { SandboxDelivery } from "../../ui/src/bindings/SandboxDelivery";
import { describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { openWithIpc, pageErrors } from "../support/browser";
import { servedWindow } from "../support/static-server";
import { EMPTY_DELIVERY, EVERY_ELEMENT_DELIVERY, SANDBOX } from "../support/fixtures";

let browser: Browser;
let url: string;
servedWindow((w) => ({ browser, url } = w));

async function openWith(deliveries: SandboxDelivery[]): Promise<Page> {
  const { page } = await openWithIpc(
    browser,
    `${url}#/sandbox`,
    { sandbox_deliveries: deliveries },
    { fake: { profiles: [SANDBOX], activeId: "sandbox-1" } },
  );
  return page;
}

const message = (page: Page, msgSeq: number) =>
  page.locator(`[data-testid="sandbox-delivery"][data-msg-seq="${msgSeq}"] [data-testid="message-view"]`);
const texts = (l: Locator) => l.allTextContents();

describe("message view", () => {
  it("renders every element type in MsgBody order, with what a viewer sees of each", async () => {
    const page = await openWith([EVERY_ELEMENT_DELIVERY]);
    const view = message(page, 9);
    await view.waitFor();
    const el = (kind: string) => view.locator(`[data-element="${kind}"]`);

    expect(await view.locator("[data-element]").evaluateAll((all) => all.map((e) => e.getAttribute("data-element")))).toEqual([
      "text",
      "face",
      "location",
      "custom",
      "image",
      "sound",
      "file",
      "video",
    ]);
    // The sender, as a chat client shows one.
    expect(await view.locator(".avatar").textContent()).toBe("H");
    expect(await view.locator(".message-from").textContent()).toBe("host");

    // Text keeps its line breaks; a face shows its index and data.
    expect(await el("text").textContent()).toBe("Tonight:\nthe encore");
    expect(await el("text").evaluate((e) => getComputedStyle(e).whiteSpace)).toBe("pre-wrap");
    expect(await el("face").textContent()).toContain("Face #12");
    expect(await el("face").textContent()).toContain("clap");

    // A location with no description is still called one, at five decimals.
    expect(await el("location").locator(".element-title").textContent()).toBe("Location");
    expect(await el("location").textContent()).toContain("22.54310, 114.05786");

    // Custom data names each field that is set.
    expect(await texts(el("custom").locator("dt"))).toEqual(["Desc", "Data", "Ext", "Sound"]);
    expect(await texts(el("custom").locator("dd"))).toEqual(["Vote now", '{"kind":"poll"}', "ext-7", "ding.aac"]);

    // Media: a card naming each file, its size and its URL.
    expect(await el("image").locator(".element-title").textContent()).toBe("Image UUID img-1");
    expect(await texts(el("image").locator("li > span:not(.url)"))).toEqual([
      "Original · 1920×1080 · 2.0 MB",
      "Thumbnail · 198×111 · 800 B",
      "Type 9 · 1×1 · 10 B",
    ]);
    expect(await texts(el("image").locator(".url"))).toEqual([
      "https://cdn.example.com/poster.jpg",
      "https://cdn.example.com/poster-thumb.jpg",
      "https://cdn.example.com/odd.jpg",
    ]);
    expect(await el("sound").locator(".element-title").textContent()).toBe("Audio 4 s · 50.0 KB");
    expect(await texts(el("sound").locator(".url"))).toEqual(["https://cdn.example.com/jingle.m4a"]);
    expect(await el("file").locator(".element-title").textContent()).toBe("File rundown.pdf · 900 B");
    expect(await texts(el("file").locator(".url"))).toEqual(["https://cdn.example.com/rundown.pdf"]);
    expect(await el("video").locator(".element-title").textContent()).toBe("Video 30 s · mp4 · 10.0 MB");
    expect(await texts(el("video").locator("li > span:not(.url)"))).toEqual(["Video", "Thumbnail · 640×360"]);
    expect(await texts(el("video").locator(".url"))).toEqual([
      "https://cdn.example.com/trailer.mp4",
      "https://cdn.example.com/trailer.jpg",
    ]);

    expect(await view.locator(".cloud-data").textContent()).toBe('CloudCustomData {"show":42}');
    // Nothing is fetched: no media element, so no request the CSP would have to refuse.
    expect(await view.locator("img, audio, video, source, iframe, object").count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it("says a body is empty, and shows no CloudCustomData line for an empty string", async () => {
    const page = await openWith([EMPTY_DELIVERY]);
    const view = message(page, 10);
    await view.waitFor();
    expect(await view.locator(".elements").textContent()).toBe("(empty message)");
    expect(await view.locator("[data-element]").count()).toBe(0);
    expect(await view.locator(".avatar").textContent()).toBe("?");
    expect(await view.locator(".cloud-data").count()).toBe(0);
  });
});
