import { RemoteImage } from '@/components/RemoteImage'

export interface GitHubAvatarProps {
  login: string
  /** Displayed size in CSS pixels; the image is fetched at twice that for high-density screens. */
  size: 48 | 56
}

/** A GitHub user's avatar, decorative (the name beside it says who), sized up front so nothing shifts while it loads. */
export function GitHubAvatar({ login, size }: GitHubAvatarProps) {
  return (
    <RemoteImage
      src={`https://github.com/${login}.png?size=${size * 2}`}
      alt=""
      width={size}
      height={size}
      className={`${size === 56 ? 'size-14' : 'size-12'} shrink-0 rounded-full bg-zinc-100 dark:bg-zinc-800`}
    />
  )
}
