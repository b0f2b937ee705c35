import { describe, expect, test } from 'vitest';
import { photosToShow } from './session-photos.js';

describe('photosToShow', () => {
  test('keeps the view and the address of each photo, in PAVE order', () => {
    expect(
      photosToShow([
        { photo_code: 1, photo_label: 'VIN', url: 'https://photos.example/1.jpg', approved: true },
        { photo_code: 4, photo_label: 'Left', url: 'http://127.0.0.1:4010/photos/4.jpg' },
        { photo_code: 5, url: 'https://photos.example/5.jpg' },
      ]),
    ).toEqual([
      { label: 'VIN', url: 'https://photos.example/1.jpg' },
      { label: 'Left', url: 'http://127.0.0.1:4010/photos/4.jpg' },
      { label: null, url: 'https://photos.example/5.jpg' },
    ]);
  });

  test('leaves out skipped views and every address that is not https or http', () => {
    expect(
      photosToShow([
        { photo_label: 'Tires', url: null },
        { photo_label: 'Rear', url: 'javascript:alert(1)' },
        { photo_label: 'Rear', url: 'data:image/png;base64,AAAA' },
        { photo_label: 'Rear', url: 'not a url' },
        { photo_label: 'Rear', url: 42 },
        null,
        'https://photos.example/loose.jpg',
      ]),
    ).toEqual([]);
  });

  test('anything but a list is no photos', () => {
    expect(photosToShow({ photos: [] })).toEqual([]);
    expect(photosToShow(undefined)).toEqual([]);
  });
});
