// Zips that lie about themselves, for the tests of what an upload can hide.
import { createDeflateRaw } from "node:zlib";

const u8 = (text: string) => new TextEncoder().encode(text);

/** A one-file zip around a raw deflate stream, its headers declaring `declaredSize` unpacked. */
export function lyingZip(name: string, deflated: Uint8Array, declaredSize: number): Uint8Array {
  const nameBytes = u8(name);
  const header = (signature: number, central: boolean) => {
    const view = new DataView(new ArrayBuffer(central ? 46 : 30));
    let at = 0;
    const u32 = (v: number) => (view.setUint32(at, v, true), (at += 4));
    const u16 = (v: number) => (view.setUint16(at, v, true), (at += 2));
    u32(signature);
    if (central) u16(20); // made by
    u16(20); // version needed
    u16(0); // flags
    u16(8); // deflate
    u32(0); // time and date
    u32(0); // crc (never reached: reading stops at the cap)
    u32(deflated.length);
    u32(declaredSize);
    u16(nameBytes.length);
    u16(0); // extra
    if (central) {
      [0, 0, 0].forEach(u16); // comment length, disk, internal attributes
      u32(0); // external attributes
      u32(0); // offset of the local header
    }
    return new Uint8Array(view.buffer);
  };
  const local = [header(0x04034b50, false), nameBytes, deflated];
  const offset = local.reduce((sum, part) => sum + part.length, 0);
  const central = [header(0x02014b50, true), nameBytes];
  const size = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  const parts = [...local, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
}

/** Raw deflate of `megabytes` MB of zeros, made in a stream (1 GB gives about 1 MB in 2 s). */
export function deflatedZeros(megabytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const deflate = createDeflateRaw({ level: 9 });
    const out: Buffer[] = [];
    deflate.on("data", (chunk: Buffer) => out.push(chunk));
    deflate.on("end", () => resolve(new Uint8Array(Buffer.concat(out))));
    deflate.on("error", reject);
    const megabyte = Buffer.alloc(1024 * 1024);
    let written = 0;
    const write = () => {
      while (written < megabytes) {
        written += 1;
        if (!deflate.write(megabyte)) return void deflate.once("drain", write);
      }
      deflate.end();
    };
    write();
  });
}
